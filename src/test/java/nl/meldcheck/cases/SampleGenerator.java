package nl.meldcheck.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the synthetic sample exports under {@code samples/cases/}: for the canonical mapping
 * and both registration-system mappings a CSV and an XLSX of {@value #CASES} cases, with a fixed
 * seed, deliberate violations of every case criterion and deliberate read problems, all counted
 * into an {@code .expected} file next to each export. Column names, codes and date formats come
 * from the mapping itself (its value maps read backwards), so the samples always match it.
 *
 * <p>The exports also carry name, BSN, birth-date and free-text columns with fake values (and a
 * few such values typed into coded columns): {@link #plantedSecrets()} lists them, and the tests
 * assert none of them reaches a result or message.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:<deps> nl.meldcheck.cases.SampleGenerator samples/cases}
 * or through {@code SamplesTest} with {@code -Dmeldcheck.regenerate=true}.
 */
public final class SampleGenerator {
  public static final long SEED = 20250301L;
  public static final int CASES = 240;
  /** The options the expected counts assume. */
  public static final String ROLE = "aandachtsfunctionaris";
  public static final int NORM_DAYS = 56;

  /** One planted violation per case at most; each fails exactly the criteria listed. */
  enum Violation {
    STAPPEN(5, CaseCriterion.STAPPEN_VASTGELEGD),
    VOLGORDE(6, CaseCriterion.VOLGORDE),
    MELDNORM(7, CaseCriterion.MELDNORM),
    AFWEGING(5, CaseCriterion.AFWEGING),
    BESLUIT(6, CaseCriterion.BESLUIT_VASTGELEGD),
    BESLISSER(8, CaseCriterion.BESLISSER),
    // no conversation and no reason: step 3 is then also unrecorded
    GESPREK(5, CaseCriterion.GESPREK, CaseCriterion.STAPPEN_VASTGELEGD),
    INFORMEREN(6, CaseCriterion.INFORMEREN),
    KINDCHECK(7, CaseCriterion.KINDCHECK),
    AF(9, CaseCriterion.AF_BETROKKEN),
    EVALUATIE(5, CaseCriterion.EVALUATIE),
    DOORLOOPTIJD(6, CaseCriterion.DOORLOOPTIJD);

    final int count;
    final List<CaseCriterion> fails;

    Violation(int count, CaseCriterion... fails) {
      this.count = count;
      this.fails = List.of(fails);
    }
  }

  /** Read problems, planted in otherwise compliant cases so they cause no failures. */
  enum Planted {
    BAD_DATE(4, CaseProblem.UNREADABLE_DATE),
    ONBEKEND(3, CaseProblem.UNKNOWN_VALUE),
    OUT_OF_MAP(3, CaseProblem.UNKNOWN_VALUE),
    BSN_IN_CODE(1, CaseProblem.UNKNOWN_VALUE),
    NAME_IN_ROLE(2, CaseProblem.UNKNOWN_ROLE),
    DUPLICATE(2, CaseProblem.DUPLICATE_ID),
    TOO_MANY(2, CaseProblem.TOO_MANY_FIELDS),
    TOO_FEW(2, CaseProblem.TOO_FEW_FIELDS);

    final int count;
    final CaseProblem problem;

    Planted(int count, CaseProblem problem) {
      this.count = count;
      this.problem = problem;
    }
  }

  /** The three sample exports: mapping, file stem, CSV encoding with BOM flag, id prefix. */
  record Sample(String mapping, String stem, Charset charset, boolean bom, String idPrefix,
      String sheet) {}

  static final List<Sample> SAMPLES = List.of(
      new Sample("canonical", "canonical", StandardCharsets.UTF_8, false, "C-", "Casussen"),
      new Sample("zorgdossier", "zorgdossier", Charset.forName("windows-1252"), false, "ZD",
          "Meldcode"),
      new Sample("leerlingvolg", "leerlingvolg", StandardCharsets.UTF_8, true, "LV",
          "Zorgmeldingen"));

  private static final String[] FIRST = {"Jan", "Fatima", "Pieter", "Sanne", "Mohammed", "Eva",
      "Daan", "Noor", "Luuk", "Yara", "Bram", "Lotte", "Emre", "Fleur", "Sem", "Aylin"};
  private static final String[] LAST = {"de Vries", "El Amrani", "Bakker", "Jansen", "Yilmaz",
      "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Kaya", "Vos"};
  private static final String[] NOTES = {
      "Moeder vertelde dat vader regelmatig slaat; zus bevestigt dit",
      "Kind kwam met blauwe plekken op school, zei: \"gevallen\"",
      "Buurvrouw belde over geschreeuw, 's nachts; politie geweest",
      "Vader dreigt met meenemen van de kinderen naar het buitenland",
      "Cliënt verwaarloost zichzelf; dochter beheert geld, weigert hulp"};
  private static final String[] LOCATIONS = {"Noord", "Zuid", "Centrum", "Oost"};
  private static final String[] TEAMS = {"Team A", "Team B", "Team C"};

  private final Mapping mapping;
  private final Sample sample;
  private final Random random = new Random(SEED);
  private final Set<String> secrets = new LinkedHashSet<>();

  private SampleGenerator(Sample sample) throws CasesConfigException {
    this.sample = sample;
    this.mapping = MappingLoader.builtIn(sample.mapping());
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples/cases");
    Files.createDirectories(dir);
    for (Sample s : SAMPLES) {
      new SampleGenerator(s).write(dir);
    }
  }

  /** Every planted name, BSN, birth date and free text of every sample, in generation order. */
  public static Set<String> plantedSecrets() throws CasesConfigException {
    Set<String> all = new LinkedHashSet<>();
    for (Sample s : SAMPLES) {
      SampleGenerator g = new SampleGenerator(s);
      g.cases();
      all.addAll(g.secrets);
    }
    return all;
  }

  // ------------------------------------------------------------------ case model

  /** One synthetic case: canonical values plus the private columns and planted markers. */
  private static final class Case {
    final Map<Field, Object> v = new EnumMap<>(Field.class);
    String name;
    String bsn;
    String birth;
    String note;
    Violation violation;
    Planted planted;
  }

  private List<Case> cases() {
    List<Violation> vs = new ArrayList<>();
    for (Violation v : Violation.values()) {
      vs.addAll(Collections.nCopies(v.count, v));
    }
    List<Planted> ps = new ArrayList<>();
    for (Planted p : Planted.values()) {
      ps.addAll(Collections.nCopies(p.count, p));
    }
    // slots: violations and problems spread over the rows, the rest compliant
    Object[] slots = new Object[CASES];
    List<Integer> free = new ArrayList<>();
    for (int i = 1; i < CASES; i++) {
      free.add(i); // row 0 stays compliant so a duplicate always has an earlier id to repeat
    }
    Collections.shuffle(free, random);
    int k = 0;
    for (Violation v : vs) {
      slots[free.get(k++)] = v;
    }
    for (Planted p : ps) {
      slots[free.get(k++)] = p;
    }
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Case c = base(i, slots[i] instanceof Violation v ? v : null);
      if (slots[i] instanceof Violation v) {
        violate(c, v);
      }
      if (slots[i] instanceof Planted p) {
        c.planted = p;
      }
      out.add(c);
    }
    // a duplicate repeats an earlier case's id
    for (int i = 0; i < CASES; i++) {
      if (out.get(i).planted == Planted.DUPLICATE) {
        int earlier = random.nextInt(i);
        while (out.get(earlier).planted == Planted.DUPLICATE) {
          earlier = random.nextInt(i);
        }
        out.get(i).v.put(Field.CASUS_ID, out.get(earlier).v.get(Field.CASUS_ID));
      }
    }
    return out;
  }

  private enum Path5 { MELDEN, HULP, HULP_NIET, GEEN_VERMOEDEN, LOPEND }

  /** A compliant case; the path suits the violation that will be planted. */
  private Case base(int i, Violation planned) {
    Case c = new Case();
    Map<Field, Object> v = c.v;
    v.put(Field.CASUS_ID, sample.idPrefix() + String.format("%04d", 1000 + i * 7));
    v.put(Field.LOCATIE, LOCATIONS[random.nextInt(LOCATIONS.length)]);
    v.put(Field.TEAM, TEAMS[random.nextInt(TEAMS.length)]);
    c.name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    c.bsn = bsn();
    c.birth = String.format("%02d-%02d-%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
        1950 + random.nextInt(60));
    c.note = NOTES[random.nextInt(NOTES.length)] + " (" + c.name + ")";
    secrets.add(c.name);
    secrets.add(c.bsn);
    secrets.add(c.birth);
    secrets.add(c.note);

    Path5 path;
    if (planned == Violation.MELDNORM || planned == Violation.INFORMEREN) {
      path = Path5.MELDEN;
    } else if (planned == Violation.AFWEGING || planned == Violation.EVALUATIE) {
      path = Path5.HULP;
    } else if (planned != null) {
      path = random.nextBoolean() ? Path5.MELDEN : Path5.HULP;
    } else {
      int r = random.nextInt(100);
      path = r < 35 ? Path5.MELDEN : r < 60 ? Path5.HULP : r < 75 ? Path5.HULP_NIET
          : r < 92 ? Path5.GEEN_VERMOEDEN : Path5.LOPEND;
    }
    String type = planned == Violation.KINDCHECK ? "volwassene"
        : new String[] {"kind", "kind", "kind", "volwassene", "oudere"}[random.nextInt(5)];
    v.put(Field.CLIENT_TYPE, type);
    v.put(Field.SOORT_GEWELD, type.equals("kind") ? "kindermishandeling"
        : type.equals("oudere") ? "ouderenmishandeling" : "partnergeweld");
    v.put(Field.KINDCHECK, type.equals("kind") ? "nvt" : "ja");

    LocalDate s = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(240));
    LocalDate cons = s.plusDays(1 + random.nextInt(7));
    v.put(Field.SIGNAAL_DATUM, s);
    v.put(Field.CONSULTATIE_DATUM, cons);
    v.put(Field.AF_GERAADPLEEGD, "ja");
    if (random.nextInt(4) == 0) {
      v.put(Field.VT_ADVIES_DATUM, cons.plusDays(random.nextInt(3)));
    }
    if (path == Path5.LOPEND) {
      return c;
    }
    LocalDate last = cons;
    boolean skip = random.nextInt(8) == 0 && planned != Violation.VOLGORDE;
    if (skip) {
      v.put(Field.GESPREK_OVERGESLAGEN_REDEN, random.nextBoolean() ? "veiligheid" : "contactverlies");
    } else {
      last = cons.plusDays(1 + random.nextInt(7));
      v.put(Field.GESPREK_DATUM, last);
    }
    LocalDate weging = last.plusDays(1 + random.nextInt(7));
    LocalDate besluit = weging.plusDays(random.nextInt(7));
    v.put(Field.WEGING_DATUM, weging);
    v.put(Field.BESLUIT_DATUM, besluit);
    v.put(Field.BESLUIT_DOOR, ROLE);
    v.put(Field.BESLUIT_MOTIVERING, "ja");
    switch (path) {
      case MELDEN -> {
        v.put(Field.VERMOEDEN, "ja");
        boolean acute = random.nextBoolean();
        v.put(Field.ACUTE_ONVEILIGHEID, acute ? "ja" : "nee");
        v.put(Field.STRUCTURELE_ONVEILIGHEID, acute ? "nee" : "ja");
        boolean help = random.nextBoolean();
        v.put(Field.HULP_MOGELIJK, help ? "ja" : "nee");
        v.put(Field.HULP_AANVAARD, help ? "ja" : "nee");
        boolean both = help && random.nextBoolean() && planned != Violation.MELDNORM;
        v.put(Field.BESLUIT, both ? "melden_en_hulp" : "melden");
        v.put(Field.MELDING_DATUM, besluit.plusDays(random.nextInt(3)));
        if (random.nextInt(5) == 0) {
          v.put(Field.CLIENT_GEINFORMEERD, "nee");
          v.put(Field.NIET_GEINFORMEERD_REDEN, "veiligheid");
        } else {
          v.put(Field.CLIENT_GEINFORMEERD, "ja");
        }
        if (both) {
          v.put(Field.EVALUATIE_DATUM, besluit.plusDays(30 + random.nextInt(60)));
          v.put(Field.DUURZAAM_VEILIG, "ja");
        }
      }
      case HULP -> {
        v.put(Field.VERMOEDEN, "ja");
        v.put(Field.ACUTE_ONVEILIGHEID, "nee");
        v.put(Field.STRUCTURELE_ONVEILIGHEID, "nee");
        v.put(Field.HULP_MOGELIJK, "ja");
        v.put(Field.HULP_AANVAARD, "ja");
        v.put(Field.BESLUIT, "hulp");
        LocalDate eval = besluit.plusDays(30 + random.nextInt(60));
        v.put(Field.EVALUATIE_DATUM, eval);
        if (random.nextInt(6) == 0) {
          v.put(Field.DUURZAAM_VEILIG, "nee");
          v.put(Field.OPNIEUW_GEMELD, "ja");
        } else {
          v.put(Field.DUURZAAM_VEILIG, "ja");
          v.put(Field.OPNIEUW_GEMELD, "nee");
          v.put(Field.AFSLUIT_DATUM, eval.plusDays(random.nextInt(14)));
          v.put(Field.AFSLUIT_REDEN, "hulp_afgerond");
        }
      }
      case HULP_NIET -> {
        v.put(Field.VERMOEDEN, "ja");
        v.put(Field.ACUTE_ONVEILIGHEID, "nee");
        v.put(Field.STRUCTURELE_ONVEILIGHEID, "nee");
        boolean possible = random.nextBoolean();
        v.put(Field.HULP_MOGELIJK, possible ? "ja" : "nee");
        v.put(Field.HULP_AANVAARD, "nee");
        v.put(Field.BESLUIT, "melden");
        v.put(Field.MELDING_DATUM, besluit.plusDays(random.nextInt(3)));
        v.put(Field.CLIENT_GEINFORMEERD, "ja");
      }
      case GEEN_VERMOEDEN -> {
        v.put(Field.VERMOEDEN, "nee");
        v.put(Field.ACUTE_ONVEILIGHEID, "nee");
        v.put(Field.STRUCTURELE_ONVEILIGHEID, "nee");
        v.put(Field.BESLUIT, "afsluiten");
        v.put(Field.AFSLUIT_DATUM, besluit);
        v.put(Field.AFSLUIT_REDEN, "geen_vermoeden");
      }
      case LOPEND -> throw new AssertionError("handled above");
    }
    return c;
  }

  private void violate(Case c, Violation violation) {
    Map<Field, Object> v = c.v;
    c.violation = violation;
    switch (violation) {
      case STAPPEN -> v.remove(Field.WEGING_DATUM);
      case VOLGORDE -> {
        // the conversation recorded before the consultation
        LocalDate cons = (LocalDate) v.get(Field.CONSULTATIE_DATUM);
        v.put(Field.GESPREK_DATUM, cons);
        v.put(Field.CONSULTATIE_DATUM, cons.plusDays(1));
        v.remove(Field.VT_ADVIES_DATUM);
        v.remove(Field.GESPREK_OVERGESLAGEN_REDEN);
        if (((LocalDate) v.get(Field.WEGING_DATUM)).isBefore(cons.plusDays(1))) {
          v.put(Field.WEGING_DATUM, cons.plusDays(1));
        }
        if (((LocalDate) v.get(Field.BESLUIT_DATUM)).isBefore(cons.plusDays(1))) {
          v.put(Field.BESLUIT_DATUM, cons.plusDays(1));
        }
      }
      case MELDNORM -> {
        // unsafety recorded, help chosen instead of a report
        v.put(Field.HULP_MOGELIJK, "ja");
        v.put(Field.HULP_AANVAARD, "ja");
        v.put(Field.BESLUIT, "hulp");
        v.remove(Field.MELDING_DATUM);
        v.put(Field.EVALUATIE_DATUM, ((LocalDate) v.get(Field.BESLUIT_DATUM)).plusDays(40));
        v.put(Field.DUURZAAM_VEILIG, "ja");
      }
      case AFWEGING -> v.put(Field.HULP_AANVAARD, "nee"); // help refused, still only help
      case BESLUIT -> v.remove(Field.BESLUIT_DOOR);
      case BESLISSER -> v.put(Field.BESLUIT_DOOR, "leidinggevende");
      case GESPREK -> {
        v.remove(Field.GESPREK_DATUM);
        v.remove(Field.GESPREK_OVERGESLAGEN_REDEN);
      }
      case INFORMEREN -> {
        v.put(Field.CLIENT_GEINFORMEERD, "nee");
        v.remove(Field.NIET_GEINFORMEERD_REDEN);
      }
      case KINDCHECK -> v.put(Field.KINDCHECK, "nee");
      case AF -> v.put(Field.AF_GERAADPLEEGD, "nee");
      case EVALUATIE -> {
        v.put(Field.DUURZAAM_VEILIG, "nee");
        v.put(Field.OPNIEUW_GEMELD, "nee");
      }
      case DOORLOOPTIJD -> {
        LocalDate s = (LocalDate) v.get(Field.SIGNAAL_DATUM);
        long shift = NORM_DAYS + 10 + random.nextInt(40)
            - java.time.temporal.ChronoUnit.DAYS.between(s, (LocalDate) v.get(Field.BESLUIT_DATUM));
        for (Field f : new Field[] {Field.WEGING_DATUM, Field.BESLUIT_DATUM, Field.MELDING_DATUM,
            Field.EVALUATIE_DATUM, Field.AFSLUIT_DATUM}) {
          if (v.get(f) instanceof LocalDate d) {
            v.put(f, d.plusDays(shift));
          }
        }
      }
    }
  }

  /** A 9-digit number passing the BSN eleven-test, so it looks real to any scanner. */
  private String bsn() {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(9);
      for (int i = 1; i < 9; i++) {
        d[i] = random.nextInt(10);
      }
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * d[i];
      }
      sum -= d[8];
      if (sum % 11 == 0) {
        StringBuilder b = new StringBuilder();
        for (int x : d) {
          b.append(x);
        }
        return b.toString();
      }
    }
  }

  // ------------------------------------------------------------------ writing

  /** Header: mapped columns in field order, private columns among them, free text last. */
  private List<String> header() {
    List<String> h = new ArrayList<>();
    for (Field f : Field.values()) {
      FieldMapping fm = mapping.fields().get(f);
      if (fm == null) {
        continue;
      }
      h.add(fm.column());
      if (f == Field.CASUS_ID) {
        h.add("Naam cliënt");
        h.add("BSN");
        h.add("Geboortedatum");
      }
    }
    h.add("Toelichting");
    return h;
  }

  /** The export spelling of a canonical value: the first value-map key that maps to it. */
  private String spell(Field f, Object value) {
    if (value instanceof LocalDate d) {
      return format(mapping.fields().get(f).dates().get(0).pattern(), d);
    }
    String code = (String) value;
    for (Map.Entry<String, String> e : new TreeMap<>(mapping.fields().get(f).values())
        .entrySet()) {
      if (e.getValue().equals(code)) {
        return e.getKey();
      }
    }
    return code;
  }

  static String format(String pattern, LocalDate d) {
    return pattern.replace("yyyy", String.format("%04d", d.getYear()))
        .replace("dd", String.format("%02d", d.getDayOfMonth()))
        .replace("MM", String.format("%02d", d.getMonthValue()))
        .replace("d", Integer.toString(d.getDayOfMonth()))
        .replace("M", Integer.toString(d.getMonthValue()));
  }

  /** The cells of one case as text, with its planted problem applied. */
  private List<String> cells(Case c) {
    List<String> row = new ArrayList<>();
    for (Field f : Field.values()) {
      FieldMapping fm = mapping.fields().get(f);
      if (fm == null) {
        continue;
      }
      Object value = c.v.get(f);
      row.add(value == null ? "" : spell(f, value));
      if (f == Field.CASUS_ID) {
        row.add(c.name);
        row.add(c.bsn);
        row.add(c.birth);
      }
    }
    row.add(c.note);
    if (c.planted != null) {
      switch (c.planted) {
        case BAD_DATE -> set(row, Field.SIGNAAL_DATUM, "31-02-2025");
        case ONBEKEND -> set(row, Field.AF_GERAADPLEEGD, "onbekend");
        case OUT_OF_MAP -> set(row, Field.SOORT_GEWELD, "XYZ");
        case BSN_IN_CODE -> set(row, Field.VERMOEDEN, c.bsn);
        case NAME_IN_ROLE -> set(row, Field.BESLUIT_DOOR, c.name);
        default -> { }
      }
    }
    return row;
  }

  private void set(List<String> row, Field f, String value) {
    row.set(header().indexOf(mapping.fields().get(f).column()), value);
  }

  void write(Path dir) throws IOException {
    List<Case> cases = cases();
    List<String> header = header();
    char delimiter = mapping.delimiter() == null ? ',' : mapping.delimiter();
    Path csv = dir.resolve(sample.stem() + ".csv");
    try (OutputStream out = Files.newOutputStream(csv);
        Writer w = new java.io.OutputStreamWriter(out, sample.charset())) {
      if (sample.bom()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      w.write(csvLine(header, delimiter));
      for (Case c : cases) {
        List<String> row = cells(c);
        String line = csvLine(row, delimiter);
        if (c.planted == Planted.TOO_MANY) {
          // free text written without quotes: its delimiters make extra fields
          row.set(row.size() - 1, "");
          line = csvLine(row, delimiter);
          line = line.substring(0, line.length() - 2) + c.note.replace('"', '\'')
              .replace(";", "" + delimiter).replace(",", "" + delimiter) + delimiter
              + "extra" + "\r\n";
        } else if (c.planted == Planted.TOO_FEW) {
          line = csvLine(row.subList(0, row.size() - 3), delimiter);
        }
        w.write(line);
      }
    }
    writeXlsx(dir.resolve(sample.stem() + ".xlsx"), cases, header);
    writeExpected(dir, cases, true);
    writeExpected(dir, cases, false);
  }

  private static String csvLine(List<String> cells, char delimiter) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      String s = cells.get(i);
      if (s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
          || s.indexOf(';') >= 0 || s.indexOf(',') >= 0) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    return b.append("\r\n").toString();
  }

  /**
   * XLSX: signal and consultation dates as real date cells, the decision date as a formula
   * (DATE(y,m,d)) with its cached value, other dates as text in the mapping's format.
   */
  private void writeXlsx(Path file, List<Case> cases, List<String> header) throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = wb.createSheet(sample.sheet());
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      int r = 1;
      for (Case c : cases) {
        Row row = sheet.createRow(r++);
        List<String> cells = cells(c);
        for (int i = 0; i < cells.size(); i++) {
          String col = header.get(i);
          Field f = fieldOf(col);
          Object value = f == null ? null : c.v.get(f);
          boolean planted = !cells.get(i).equals(value == null ? "" : spell(f, value));
          if (value instanceof LocalDate d && !planted
              && (f == Field.SIGNAAL_DATUM || f == Field.CONSULTATIE_DATUM)) {
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (value instanceof LocalDate d && !planted && f == Field.BESLUIT_DATUM) {
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            cell.setCellFormula("DATE(" + d.getYear() + "," + d.getMonthValue() + ","
                + d.getDayOfMonth() + ")");
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (!cells.get(i).isEmpty()) {
            row.createCell(i).setCellValue(cells.get(i));
          }
        }
        if (c.planted == Planted.TOO_MANY) {
          row.createCell(header.size() + 1).setCellValue("extra");
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
  }

  private Field fieldOf(String column) {
    for (FieldMapping fm : mapping.fields().values()) {
      if (fm.column().equals(column)) {
        return fm.field();
      }
    }
    return null;
  }

  /** Expected counts: failures per criterion from the planted violations, problems by kind. */
  private void writeExpected(Path dir, List<Case> cases, boolean csv) throws IOException {
    Map<String, Long> fails = new LinkedHashMap<>();
    for (CaseCriterion c : CaseCriterion.values()) {
      fails.put(c.id(), 0L);
    }
    Map<CaseProblem, Long> problems = new EnumMap<>(CaseProblem.class);
    long problemRows = 0;
    for (Case c : cases) {
      if (c.violation != null) {
        for (CaseCriterion cc : c.violation.fails) {
          fails.merge(cc.id(), 1L, Long::sum);
        }
      }
      if (c.planted != null && (csv || c.planted != Planted.TOO_FEW)) {
        problems.merge(c.planted.problem, 1L, Long::sum);
        problemRows++;
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("# Generated by nl.meldcheck.cases.SampleGenerator (seed ").append(SEED)
        .append("); do not edit.\n# Counts assume the options decision-maker role=")
        .append(ROLE).append(" and lead-time norm=").append(NORM_DAYS).append(" days.\n");
    b.append("rows_read=").append(cases.size()).append('\n');
    b.append("rows_with_problems=").append(problemRows).append('\n');
    fails.forEach((k, v) -> b.append("fail.").append(k).append('=').append(v).append('\n'));
    for (CaseProblem p : CaseProblem.values()) {
      b.append("problem.").append(p.code()).append('=')
          .append(problems.getOrDefault(p, 0L)).append('\n');
    }
    Files.writeString(dir.resolve(sample.stem() + (csv ? ".csv" : ".xlsx") + ".expected"),
        b.toString(), StandardCharsets.UTF_8);
  }
}
