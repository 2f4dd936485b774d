package nl.meldcheck.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.meldcheck.checklist.Text;

/**
 * Turns raw rows into {@link CaseRecord}s through a {@link Mapping}: resolves the mapped columns
 * against the header, reads each mapped cell by the field's kind and reports every cell or row
 * it cannot read as a {@link CaseFinding}. Columns the mapping does not name are never looked at.
 */
final class RecordMapper {
  private static final Field[] FIELDS = Field.values();
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private final String file;
  private final Mapping mapping;
  private final boolean xlsx;
  private final Pseudonymiser pseudonymiser;
  private final Consumer<CaseFinding> findings;
  private final Set<String> roles = new HashSet<>(Field.ROLES);
  private final IdIndex ids = new IdIndex();
  /** Per field: column index in the row, or -1 when the field is unmapped. */
  private final int[] index = new int[FIELDS.length];
  private final CaseRecord.State[] base = new CaseRecord.State[FIELDS.length];
  private final List<Map<String, String>> exact = new ArrayList<>();
  private final List<Map<String, String>> folded = new ArrayList<>();
  private int width;
  private LocalDate epoch = EXCEL_EPOCH;
  private final CaseRecord record = new CaseRecord();

  RecordMapper(String file, Mapping mapping, boolean xlsx, Pseudonymiser pseudonymiser,
      String callerRole, Consumer<CaseFinding> findings) {
    this.file = file;
    this.mapping = mapping;
    this.xlsx = xlsx;
    this.pseudonymiser = pseudonymiser;
    this.findings = findings;
    if (callerRole != null) {
      roles.add(callerRole);
    }
    for (Field f : FIELDS) {
      Map<String, String> e = new HashMap<>();
      Map<String, String> l = new HashMap<>();
      FieldMapping fm = mapping.fields().get(f);
      if (fm != null) {
        fm.values().forEach((k, v) -> {
          e.put(k, v);
          l.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
          if (f.kind() == Field.Kind.ROLE && !v.isEmpty()) {
            roles.add(v);
          }
        });
      }
      exact.add(e);
      folded.add(l);
    }
  }

  /** The workbook counts serials from 1904-01-01 (old Mac Excel). */
  void date1904() {
    epoch = EXCEL_EPOCH_1904;
  }

  /** Resolves the mapped columns; a missing one is a configuration error listing what is there. */
  void header(List<String> columns) throws CasesConfigException {
    width = columns.size();
    Map<String, Integer> byName = new HashMap<>();
    Set<String> duplicated = new HashSet<>();
    for (int i = 0; i < columns.size(); i++) {
      String key = columns.get(i).strip().toLowerCase(Locale.ROOT);
      if (byName.putIfAbsent(key, i) != null) {
        duplicated.add(key);
      }
    }
    List<String> problems = new ArrayList<>();
    for (Field f : FIELDS) {
      FieldMapping fm = mapping.fields().get(f);
      index[f.ordinal()] = -1;
      base[f.ordinal()] = CaseRecord.State.UNMAPPED;
      if (fm == null) {
        continue;
      }
      String key = fm.column().toLowerCase(Locale.ROOT);
      Integer i = byName.get(key);
      if (i == null) {
        if (!fm.optional()) {
          problems.add(file + ": kolom '" + fm.column() + "' (veld " + f.key() + ") ontbreekt in"
              + " de export; gevonden kolommen: " + describe(columns));
        }
        continue;
      }
      if (duplicated.contains(key)) {
        problems.add(file + ": kolom '" + fm.column() + "' (veld " + f.key() + ") komt meer dan"
            + " eens voor in de kopregel; maak de kolomnamen uniek");
        continue;
      }
      index[f.ordinal()] = i;
      base[f.ordinal()] = CaseRecord.State.EMPTY;
      record.columns[f.ordinal()] = columns.get(i).strip();
    }
    if (!problems.isEmpty()) {
      throw new CasesConfigException(problems);
    }
  }

  /**
   * The header as a list for a message. A header that is really a data row (an export without
   * one) would copy data, so cells that look like data (digits, dates, BSNs) are masked and long
   * ones shortened.
   */
  static String describe(List<String> columns) {
    List<String> out = new ArrayList<>();
    int shown = 0;
    for (String c : columns) {
      if (shown++ == 60) {
        out.add("… (" + (columns.size() - 60) + " meer)");
        break;
      }
      String s = c.strip();
      if (s.isEmpty()) {
        out.add("(leeg)");
      } else if (s.chars().filter(Character::isDigit).count() >= 4) {
        out.add("(kolom " + shown + ": lijkt een gegeven, niet getoond)");
      } else {
        out.add("'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'");
      }
    }
    return String.join(", ", out);
  }

  /** Maps one row; the returned record is reused for the next row. */
  CaseRecord map(long row, String[] cells) {
    CaseRecord r = record;
    r.reset(row, base);
    for (Field f : FIELDS) {
      int i = index[f.ordinal()];
      if (i < 0) {
        continue;
      }
      if (i >= cells.length) {
        r.setState(f, CaseRecord.State.UNREADABLE);
        continue;
      }
      read(r, f, cells[i]);
    }
    String id = r.code(Field.CASUS_ID);
    String ref = id == null ? null : ref(id);
    if (cells.length < width) {
      int firstMissing = cells.length;
      r.hasProblems = true;
      report(ref, row, null, null, CaseProblem.TOO_FEW_FIELDS,
          "rij " + row + " heeft " + cells.length + " velden, de kopregel " + width
              + "; de ontbrekende kolommen (vanaf kolom " + (firstMissing + 1) + ") gelden als"
              + " onleesbaar",
          "row " + row + " has " + cells.length + " fields, the header " + width
              + "; the missing columns (from column " + (firstMissing + 1) + ") count as"
              + " unreadable");
    } else if (cells.length > width && hasContentBeyond(cells)) {
      r.hasProblems = true;
      r.judgeable = false;
      r.notJudgedReason = "te veel velden";
      r.notJudgedReasonEn = "too many fields";
      report(ref, row, null, null, CaseProblem.TOO_MANY_FIELDS,
          "rij " + row + " heeft " + cells.length + " velden, de kopregel " + width
              + "; de velden zijn niet aan kolommen toe te wijzen (scheidingsteken in een niet"
              + " geciteerde waarde?), de rij is niet beoordeeld",
          "row " + row + " has " + cells.length + " fields, the header " + width
              + "; the fields cannot be assigned to columns (delimiter in an unquoted value?),"
              + " the row was not judged");
    }
    if (id == null) {
      if (r.state(Field.CASUS_ID) == CaseRecord.State.EMPTY) {
        r.hasProblems = true;
        report(null, row, column(Field.CASUS_ID), Field.CASUS_ID, CaseProblem.MISSING_ID,
            "rij " + row + ", kolom '" + column(Field.CASUS_ID) + "': casus-ID ontbreekt",
            "row " + row + ", column '" + column(Field.CASUS_ID) + "': case id missing");
      }
    } else if (r.judgeable) {
      long first = ids.putIfAbsent(id, row);
      if (first != 0) {
        r.hasProblems = true;
        r.judgeable = false;
        r.notJudgedReason = "casus-ID komt al voor in rij " + first;
        r.notJudgedReasonEn = "case id already in row " + first;
        report(ref, row, column(Field.CASUS_ID), Field.CASUS_ID, CaseProblem.DUPLICATE_ID,
            "rij " + row + ", kolom '" + column(Field.CASUS_ID) + "': casus " + ref
                + " komt al voor in rij " + first + "; deze rij is niet beoordeeld",
            "row " + row + ", column '" + column(Field.CASUS_ID) + "': case " + ref
                + " already in row " + first + "; this row was not judged");
      }
    }
    return r;
  }

  /** The case reference shown in results: the id or its pseudonym. */
  String ref(String id) {
    return pseudonymiser == null ? id : pseudonymiser.pseudonym(id);
  }

  private boolean hasContentBeyond(String[] cells) {
    for (int i = width; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return true;
      }
    }
    return false;
  }

  private void read(CaseRecord r, Field f, String raw) {
    String v = raw == null ? "" : raw.strip();
    switch (f.kind()) {
      case ID -> {
        if (v.isEmpty()) {
          return;
        }
        r.set(f, v);
      }
      case GROUP -> {
        if (v.isEmpty()) {
          return;
        }
        String mapped = lookup(f, v);
        if (mapped == null) {
          r.set(f, v);
        } else if (!mapped.isEmpty()) {
          r.set(f, mapped);
        }
      }
      case CODE, ROLE -> code(r, f, v);
      case DATE -> date(r, f, v);
    }
  }

  private void code(CaseRecord r, Field f, String v) {
    if (v.isEmpty()) {
      return;
    }
    String mapped = lookup(f, v);
    if (mapped != null) {
      if (!mapped.isEmpty()) {
        r.set(f, mapped);
      }
      return;
    }
    String norm = Field.normaliseCode(v);
    if (f.kind() == Field.Kind.CODE ? f.codes().contains(norm) : roles.contains(norm)) {
      r.set(f, norm);
      return;
    }
    r.setState(f, CaseRecord.State.UNREADABLE);
    r.hasProblems = true;
    String col = column(f);
    String caseRef = caseRef(r);
    if (f.kind() == Field.Kind.ROLE) {
      report(caseRef, r.row, col, f, CaseProblem.UNKNOWN_ROLE,
          "rij " + r.row + ", kolom '" + col + "' (" + f.key() + "): geen bekende rol (waarde niet"
              + " getoond: kan een naam zijn); voeg de rol toe aan de mapping onder values",
          "row " + r.row + ", column '" + col + "' (" + f.key() + "): no known role (value not"
              + " shown: may be a name); add the role to the mapping under values");
      return;
    }
    String shown = safeToShow(v) ? "'" + v + "'" : "(waarde niet getoond)";
    String shownEn = safeToShow(v) ? "'" + v + "'" : "(value not shown)";
    report(caseRef, r.row, col, f, CaseProblem.UNKNOWN_VALUE,
        "rij " + r.row + ", kolom '" + col + "' (" + f.key() + "): waarde " + shown + " staat niet"
            + " in de mapping; verwacht " + String.join(", ", f.codes()),
        "row " + r.row + ", column '" + col + "' (" + f.key() + "): value " + shownEn + " is not"
            + " in the mapping; expected " + String.join(", ", f.codes()));
  }

  /**
   * Only values that cannot be a name or a number are quoted: lower-case words ("onbekend",
   * "misschien") and short capital codes ("X", "MVT"). A name, BSN or date typed into the wrong
   * column must not travel into a report; names are capitalised, so "Vries" is not shown.
   */
  static boolean safeToShow(String v) {
    if (v.isEmpty() || v.length() > 20) {
      return false;
    }
    boolean lower = true;
    boolean upper = v.length() <= 4;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '/') {
        return false;
      }
      lower &= !Character.isUpperCase(c);
      upper &= !Character.isLowerCase(c);
    }
    return lower || upper;
  }

  private void date(CaseRecord r, Field f, String v) {
    if (v.isEmpty()) {
      return;
    }
    LocalDate d = parseDate(f, v);
    if (d != null) {
      r.set(f, d);
      return;
    }
    r.setState(f, CaseRecord.State.UNREADABLE);
    r.hasProblems = true;
    String col = column(f);
    List<String> patterns = new ArrayList<>();
    for (DatePattern p : mapping.fields().get(f).dates()) {
      patterns.add(p.pattern());
    }
    report(caseRef(r), r.row, col, f, CaseProblem.UNREADABLE_DATE,
        "rij " + r.row + ", kolom '" + col + "' (" + f.key() + "): geen geldige datum (waarde niet"
            + " getoond); verwacht " + String.join(" of ", patterns),
        "row " + r.row + ", column '" + col + "' (" + f.key() + "): not a valid date (value not"
            + " shown); expected " + String.join(" or ", patterns));
  }

  private LocalDate parseDate(Field f, String v) {
    String s = v;
    int cut = indexOfTime(s);
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    for (DatePattern p : mapping.fields().get(f).dates()) {
      LocalDate d = p.parse(s);
      if (d != null) {
        return d;
      }
    }
    LocalDate iso = ISO.parse(s);
    if (iso != null) {
      return iso;
    }
    if (xlsx && s.length() >= 4 && s.length() <= 6 && s.chars().allMatch(Character::isDigit)) {
      // an Excel serial in a cell without date format: days since 1899-12-30, or since
      // 1904-01-01 in a 1904 workbook
      long n = Long.parseLong(s);
      if (n >= 1000 && n <= 2958465) {
        return epoch.plusDays(n);
      }
    }
    return null;
  }

  private static final DatePattern ISO = DatePattern.of("yyyy-MM-dd");

  /** Where a time part starts ("12-03-2025 14:30", "2025-03-12T14:30"), or -1. */
  private static int indexOfTime(String s) {
    for (int i = 8; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == 'T') {
        return i;
      }
    }
    return -1;
  }

  private String lookup(Field f, String v) {
    String m = exact.get(f.ordinal()).get(v);
    if (m == null && !folded.get(f.ordinal()).isEmpty()) {
      m = folded.get(f.ordinal()).get(v.toLowerCase(Locale.ROOT));
    }
    return m;
  }

  /** The row's case reference; the id is read first (it is the first field). */
  private String caseRef(CaseRecord r) {
    String id = r.code(Field.CASUS_ID);
    return id == null ? null : ref(id);
  }

  private String column(Field f) {
    return record.columns[f.ordinal()];
  }

  private void report(String ref, long row, String column, Field field, CaseProblem problem,
      String nl, String en) {
    findings.accept(new CaseFinding(ref, row, column, field, problem,
        Text.of(file + ", " + nl, file + ", " + en)));
  }
}
