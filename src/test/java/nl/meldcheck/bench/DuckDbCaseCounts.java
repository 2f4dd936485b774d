package nl.meldcheck.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.cases.CaseCriterion;

/**
 * The reference for scripts/bench-cases: the per-criterion counts of {@code meldcheck cases}
 * computed by DuckDB with SQL over the same CSV, what an analyst could write without meldcheck.
 * The SQL replicates CaseChecks rule by rule, including how the reader treats cells: values
 * stripped, codes normalised (case, accents, spaces and hyphens) and checked against the closed
 * lists, dates strict (31-02-2025 is no date) with a time part cut off, and an unreadable cell
 * making a criterion not applicable, never a pass. A repeated case id makes every later row with
 * that id not applicable on all criteria.
 *
 * <p>Scope: a CSV in the canonical mapping with every canonical column present (what
 * CaseExportGenerator writes), comma-delimited, no ragged rows. Unmapped fields, value maps and
 * rows with too few or too many fields are meldcheck's business and not replicated here.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> nl.meldcheck.bench.DuckDbCaseCounts
 * FILE [ROLE|-] [NORM|-] [THREADS]}; prints one line per criterion (id, passed, failed, not
 * applicable) on stdout, the query time on stderr.
 */
public final class DuckDbCaseCounts {
  private DuckDbCaseCounts() {}

  /**
   * Cell reading as RecordMapper does it. Each macro is applied once per cell in its own stage
   * below (DuckDB expands macros textually, so nesting them would re-run the regexes).
   */
  private static final String MACROS = """
      CREATE OR REPLACE MACRO ws() AS ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13);
      -- the stripped cell, or NULL when empty (Java: raw.strip(), isEmpty)
      CREATE OR REPLACE MACRO cell(x) AS nullif(trim(x, ws()), '');
      -- Field.normaliseCode of a stripped, non-empty value that is not already a canonical code
      CREATE OR REPLACE MACRO norm(s) AS CASE WHEN regexp_full_match(s, '[a-z_0-9]*') THEN s
          ELSE regexp_replace(replace(lower(strip_accents(s)), '.', ''), '[\\s\\-]+', '_', 'g') END;
      -- RecordMapper.indexOfTime: a time part from the first ' ' or 'T' at index 8 on is cut off
      CREATE OR REPLACE MACRO cut(s) AS CASE
          WHEN length(s) <= 8 OR NOT (contains(s[9:], ' ') OR contains(s[9:], 'T')) THEN s
          ELSE regexp_extract(s, '^(.{8}[^ T]*)', 1) END;
      -- the canonical patterns yyyy-MM-dd, dd-MM-yyyy and d-M-yyyy, strict (31-02-2025 is no
      -- date, DatePattern requires year >= 1000); the regex fixes the digit counts strptime
      -- would relax, strptime the calendar
      CREATE OR REPLACE MACRO day_of(s) AS CASE
          WHEN regexp_full_match(s, '[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}')
            THEN CAST(try_strptime(s, '%Y-%m-%d') AS DATE)
          WHEN regexp_full_match(s, '[0-9]{1,2}-[0-9]{1,2}-[1-9][0-9]{3}')
            THEN CAST(try_strptime(s, '%d-%m-%Y') AS DATE) END;
      """;

  /** A canonical field the criteria read: its export column and closed list (null = date). */
  private record F(String name, String column, List<String> codes) {}

  private static final List<String> JA_NEE = List.of("ja", "nee");
  private static final List<String> REDEN = List.of("veiligheid", "contactverlies", "anders");
  private static final List<String> ROLES = List.of("$roles");

  private static final List<F> FIELDS = List.of(
      new F("client_type", "client_type", List.of("kind", "volwassene", "oudere")),
      new F("signaal", "signaal_datum", null),
      new F("kindcheck", "kindcheck", List.of("ja", "nee", "nvt")),
      new F("cons", "consultatie_datum", null),
      new F("af", "af_geraadpleegd", JA_NEE),
      new F("vt", "vt_advies_datum", null),
      new F("gesprek", "gesprek_datum", null),
      new F("skip", "gesprek_overgeslagen_reden", REDEN),
      new F("weging", "weging_datum", null),
      new F("vermoeden", "vermoeden", JA_NEE),
      new F("acute", "acute_onveiligheid", JA_NEE),
      new F("struct", "structurele_onveiligheid", JA_NEE),
      new F("hulp_mog", "hulp_mogelijk", JA_NEE),
      new F("hulp_aanv", "hulp_aanvaard", JA_NEE),
      new F("besluit", "besluit", List.of("melden", "hulp", "melden_en_hulp", "afsluiten")),
      new F("besluit_dt", "besluit_datum", null),
      new F("door", "besluit_door", ROLES),
      new F("motivering", "besluit_motivering", JA_NEE),
      new F("melding", "melding_datum", null),
      new F("geinf", "client_geinformeerd", List.of("ja", "nee", "nvt")),
      new F("niet_geinf", "niet_geinformeerd_reden", REDEN),
      new F("eval", "evaluatie_datum", null),
      new F("duurzaam", "duurzaam_veilig", JA_NEE),
      new F("opnieuw", "opnieuw_gemeld", JA_NEE),
      new F("afsluit", "afsluit_datum", null),
      new F("afsluit_reden", "afsluit_reden", List.of("geen_vermoeden", "hulp_afgerond",
          "overgedragen", "melding_gedaan", "verhuisd", "anders")));

  /**
   * Stage t: stripped text per field (dates with the time part cut) and the repeated-id flag;
   * stage n: codes normalised (the slow path only for values not already canonical); stage v:
   * every field as value (NULL when empty or unreadable); stage c: an unreadable flag u_* per
   * field (text there, no value); stage d: decided() and reported();
   * stage j: the twelve criteria as 'P', 'F' or 'N'; then the counts. Parameter: the file.
   */
  static String query() {
    StringBuilder t = new StringBuilder();
    StringBuilder n = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (F f : FIELDS) {
      if (f.codes() == null) {
        t.append(String.format(",%n    cut(cell(\"%s\")) AS t_%s", f.column(), f.name()));
        n.append(String.format(",%n    t_%s", f.name()));
        c.append(String.format(",%n    day_of(t_%1$s) AS %1$s", f.name()));
      } else {
        String in = f.codes() == ROLES ? "IN ($roles)" : "IN (" + String.join(", ",
            f.codes().stream().map(DuckDbCaseCounts::quote).toList()) + ")";
        t.append(String.format(",%n    cell(\"%s\") AS t_%s", f.column(), f.name()));
        n.append(String.format(",%n    CASE WHEN t_%1$s %2$s THEN t_%1$s ELSE norm(t_%1$s) END"
            + " AS t_%1$s", f.name(), in));
        c.append(String.format(",%n    CASE WHEN t_%1$s %2$s THEN t_%1$s END AS %1$s",
            f.name(), in));
      }
    }
    StringBuilder u = new StringBuilder();
    for (F f : FIELDS) {
      u.append(String.format(",%n    t_%1$s IS NOT NULL AND %1$s IS NULL AS u_%1$s", f.name()));
    }
    return """
      WITH raw AS (
        SELECT *, row_number() OVER () AS rn
        FROM read_csv(?, all_varchar = true, header = true, delim = ',', quote = '"',
                      escape = '"', strict_mode = true)
      ),
      -- IdIndex: the first row of an id is judged, every later row with it is not
      t AS (
        SELECT cell(casus_id) IS NOT NULL
            AND row_number() OVER (PARTITION BY cell(casus_id) ORDER BY rn) > 1 AS dup$t
        FROM raw
      ),
      n AS (SELECT dup$n FROM t),
      -- materialised: otherwise DuckDB inlines the parsing into every criterion that reads a
      -- field and parses each date up to ten times (17 s instead of 6 s on a million rows)
      v AS MATERIALIZED (SELECT *$c FROM n),
      c AS (SELECT *$u FROM v),
      """.replace("$t", t).replace("$n", n).replace("$c", c).replace("$u", u) + REST;
  }

  private static final String REST = """
      d AS (
        SELECT *,
          -- decided(): a decision, decision date, closing date or report date, readable or not
          (besluit IS NOT NULL OR u_besluit OR besluit_dt IS NOT NULL OR u_besluit_dt
            OR afsluit IS NOT NULL OR u_afsluit OR melding IS NOT NULL OR u_melding) AS decided,
          -- reported(): true, false, or NULL when it cannot be told
          CASE WHEN besluit IN ('melden', 'melden_en_hulp') OR melding IS NOT NULL THEN true
               WHEN u_besluit OR u_melding THEN NULL ELSE false END AS reported
        FROM c
      ),
      j AS (
        SELECT
          CASE WHEN dup THEN 'N'
               WHEN u_signaal OR u_cons OR u_gesprek OR u_weging OR u_besluit_dt OR u_vt
                 OR u_skip OR NOT decided THEN 'N'
               WHEN signaal IS NULL OR (cons IS NULL AND vt IS NULL)
                 OR (gesprek IS NULL AND skip IS NULL) OR weging IS NULL OR besluit_dt IS NULL
                 THEN 'F' ELSE 'P' END AS stappen,
          -- a chain date before the latest earlier chain date fails (Java: before the previous
          -- present one, which is the same once the earlier ones are in order)
          CASE WHEN dup THEN 'N'
               WHEN u_signaal OR u_cons OR u_gesprek OR u_weging OR u_besluit_dt THEN 'N'
               WHEN cons < signaal OR gesprek < greatest(signaal, cons)
                 OR weging < greatest(signaal, cons, gesprek)
                 OR besluit_dt < greatest(signaal, cons, gesprek, weging) THEN 'F'
               WHEN (signaal IS NOT NULL)::INT + (cons IS NOT NULL)::INT
                 + (gesprek IS NOT NULL)::INT + (weging IS NOT NULL)::INT
                 + (besluit_dt IS NOT NULL)::INT < 2 THEN 'N'
               ELSE 'P' END AS volgorde,
          CASE WHEN dup THEN 'N'
               WHEN u_acute OR u_struct THEN 'N'
               WHEN acute IS DISTINCT FROM 'ja' AND struct IS DISTINCT FROM 'ja' THEN 'N'
               WHEN reported IS NULL THEN 'N'
               WHEN reported THEN 'P'
               WHEN NOT decided THEN 'N' ELSE 'F' END AS meldnorm,
          CASE WHEN dup THEN 'N'
               WHEN u_vermoeden OR u_besluit OR besluit IS NULL OR vermoeden IS NULL THEN 'N'
               WHEN vermoeden = 'nee' THEN
                 CASE WHEN u_afsluit_reden OR u_motivering THEN 'N'
                      WHEN besluit <> 'afsluiten' THEN 'F'
                      WHEN afsluit_reden IS NOT NULL OR motivering = 'ja' THEN 'P'
                      ELSE 'F' END
               WHEN u_hulp_mog OR u_hulp_aanv THEN 'N'
               WHEN hulp_mog = 'nee' OR hulp_aanv = 'nee' THEN
                 CASE WHEN besluit IN ('melden', 'melden_en_hulp') THEN 'P' ELSE 'F' END
               WHEN hulp_mog = 'ja' AND hulp_aanv = 'ja' THEN
                 CASE WHEN besluit = 'afsluiten' THEN 'F' ELSE 'P' END
               WHEN besluit IN ('melden', 'melden_en_hulp') THEN 'P'
               ELSE 'N' END AS afweging,
          CASE WHEN dup THEN 'N'
               WHEN u_besluit OR u_besluit_dt OR u_door OR NOT decided THEN 'N'
               WHEN besluit IS NULL OR besluit_dt IS NULL OR door IS NULL THEN 'F'
               ELSE 'P' END AS besluit_vastgelegd,
          CASE WHEN dup THEN 'N'
               WHEN $role IS NULL OR u_door OR door IS NULL THEN 'N'
               WHEN door = $role THEN 'P' ELSE 'F' END AS beslisser,
          CASE WHEN dup THEN 'N'
               WHEN u_gesprek OR u_skip THEN 'N'
               WHEN gesprek IS NOT NULL OR skip IS NOT NULL THEN 'P'
               WHEN NOT decided THEN 'N' ELSE 'F' END AS gesprek_c,
          CASE WHEN dup THEN 'N'
               WHEN reported IS NULL OR NOT reported THEN 'N'
               WHEN u_geinf OR u_niet_geinf THEN 'N'
               WHEN geinf = 'ja' OR niet_geinf IS NOT NULL THEN 'P'
               ELSE 'F' END AS informeren,
          CASE WHEN dup THEN 'N'
               WHEN u_client_type OR u_kindcheck OR client_type IS NULL
                 OR client_type = 'kind' THEN 'N'
               WHEN kindcheck = 'ja' THEN 'P' ELSE 'F' END AS kindcheck_c,
          CASE WHEN dup THEN 'N'
               WHEN u_af THEN 'N'
               WHEN af = 'ja' THEN 'P'
               WHEN NOT decided THEN 'N' ELSE 'F' END AS af_betrokken,
          CASE WHEN dup THEN 'N'
               WHEN u_besluit OR u_eval THEN 'N'
               WHEN besluit IS NULL OR besluit NOT IN ('hulp', 'melden_en_hulp') THEN 'N'
               WHEN u_duurzaam OR u_opnieuw OR u_afsluit THEN 'N'
               WHEN eval IS NOT NULL THEN
                 CASE WHEN duurzaam = 'nee' AND opnieuw IS DISTINCT FROM 'ja' THEN 'F'
                      ELSE 'P' END
               WHEN afsluit IS NOT NULL THEN 'F'
               ELSE 'N' END AS evaluatie,
          CASE WHEN dup THEN 'N'
               WHEN u_signaal OR u_besluit_dt OR signaal IS NULL OR besluit_dt IS NULL THEN 'N'
               WHEN besluit_dt < signaal THEN 'N'
               WHEN $norm IS NULL OR besluit_dt - signaal <= $norm THEN 'P'
               ELSE 'F' END AS doorlooptijd
        FROM d
      )
      SELECT
        count(*) AS rows_read, $counts
      FROM j
      """;

  /** The criteria columns of stage j, in CaseCriterion order. */
  static final List<String> COLUMNS = List.of("stappen", "volgorde", "meldnorm", "afweging",
      "besluit_vastgelegd", "beslisser", "gesprek_c", "informeren", "kindcheck_c",
      "af_betrokken", "evaluatie", "doorlooptijd");

  /** Counts per criterion, in CaseCriterion order: {passed, failed, notApplicable}. */
  public record Counts(long rows, long[][] perCriterion) {
    /** One line per criterion: id, passed, failed, not applicable (tab-separated). */
    public String table() {
      StringBuilder b = new StringBuilder();
      for (CaseCriterion c : CaseCriterion.values()) {
        long[] k = perCriterion[c.ordinal()];
        b.append(c.id()).append('\t').append(k[0]).append('\t').append(k[1]).append('\t')
            .append(k[2]).append('\n');
      }
      return b.toString();
    }
  }

  public static void main(String[] args) throws SQLException {
    if (args.length < 1) {
      System.err.println("usage: DuckDbCaseCounts FILE [ROLE|-] [NORM|-] [THREADS]");
      System.exit(2);
    }
    String role = args.length > 1 && !args[1].equals("-") ? args[1] : null;
    Integer norm = args.length > 2 && !args[2].equals("-") ? Integer.valueOf(args[2]) : null;
    Integer threads = args.length > 3 ? Integer.valueOf(args[3]) : null;
    long t0 = System.nanoTime();
    Counts counts = count(Path.of(args[0]), role, norm, threads);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.print(counts.table());
    System.err.println("rows=" + counts.rows() + " duckdb_ms=" + ms);
  }

  /** Runs the query on {@code csv} in an in-memory DuckDB. */
  public static Counts count(Path csv, String role, Integer norm, Integer threads)
      throws SQLException {
    List<String> roles = new ArrayList<>(nl.meldcheck.cases.Field.ROLES);
    if (role != null) {
      roles.add(role);
    }
    StringBuilder counts = new StringBuilder();
    for (String c : COLUMNS) {
      counts.append(String.format("count_if(%1$s = 'P') AS %1$s_p, count_if(%1$s = 'F') AS %1$s_f,"
          + " count_if(%1$s = 'N') AS %1$s_n, ", c));
    }
    String sql = query()
        .replace("$roles", sqlList(roles))
        .replace("$role", role == null ? "CAST(NULL AS VARCHAR)" : quote(role))
        .replace("$norm", norm == null ? "CAST(NULL AS INTEGER)" : String.valueOf(norm))
        .replace("$counts", counts.substring(0, counts.length() - 2));
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = conn.createStatement()) {
        if (threads != null) {
          s.execute("SET threads = " + threads);
        }
        // the row number of the first occurrence of an id must follow the file order
        s.execute("SET preserve_insertion_order = true");
        for (String m : MACROS.split(";\\s*\\n")) {
          if (!m.isBlank()) {
            s.execute(m);
          }
        }
      }
      if (System.getenv("DUCKDB_EXPLAIN") != null) { // where DuckDB spends its time
        try (PreparedStatement ps = conn.prepareStatement("EXPLAIN ANALYZE " + sql)) {
          ps.setString(1, csv.toString());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              System.err.println(rs.getString(2));
            }
          }
        }
      }
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setString(1, csv.toString());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long[][] out = new long[COLUMNS.size()][3];
          for (int i = 0; i < COLUMNS.size(); i++) {
            for (int k = 0; k < 3; k++) {
              out[i][k] = rs.getLong(2 + 3 * i + k);
            }
          }
          return new Counts(rs.getLong(1), out);
        }
      }
    }
  }

  private static String sqlList(List<String> values) {
    return String.join(", ", values.stream().map(DuckDbCaseCounts::quote).toList());
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
