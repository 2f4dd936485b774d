package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch over a copy of samples/ plus organisations whose input is broken, encrypted, empty,
 * doubled or absent: every organisation gets exactly one row in every output, with a verdict or a reason.
 */
class BatchEndToEndTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static DocumentReader reader;
  private static Checklist checklist;

  @TempDir Path tmp;

  @BeforeAll
  static void setUp() throws Exception {
    reader = new DocumentReader(new ReadOptions(false, ReadOptions.DEFAULTS.maxFileBytes(),
        ReadOptions.DEFAULTS.maxChars(), Duration.ofSeconds(30)));
    checklist = ChecklistLoader.resolve("basis");
  }

  /** samples/ (top-level files only) plus the problem organisations. */
  private Path corpus() throws IOException {
    Path in = tmp.resolve("in");
    try (Stream<Path> dirs = Files.list(Path.of("samples"))) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path target = Files.createDirectories(in.resolve(d.getFileName()));
        try (Stream<Path> files = Files.list(d)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            Files.copy(f, target.resolve(f.getFileName()));
          }
        }
      }
    }
    Path broken = Files.createDirectories(in.resolve("kapot"));
    Files.writeString(broken.resolve("meldcode.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nrommel");
    Files.writeString(broken.resolve("organisation.yaml"), "name: \"=HYPERLINK(\\\"x\\\")\"\nsector: zorg\n");
    Path locked = Files.createDirectories(in.resolve("versleuteld"));
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.protect(new StandardProtectionPolicy("eigenaar", "gebruiker", new AccessPermission()));
      doc.save(locked.resolve("meldcode.pdf").toFile());
    }
    Files.write(Files.createDirectories(in.resolve("leeg")).resolve("meldcode.docx"), new byte[0]);
    Path two = Files.createDirectories(in.resolve("twee-documenten"));
    Files.writeString(two.resolve("meldcode-oud.html"), "<html><body><p>Meldcode</p></body></html>");
    // a PDF without its extension still counts: classification is by content
    Files.writeString(two.resolve("meldcode-nieuw.bin"), "%PDF-1.4\n");
    Path none = Files.createDirectories(in.resolve("geen-document"));
    Files.writeString(none.resolve("organisation.yaml"), "name: Zonder <Document>\nsector: zorg\n");
    Files.writeString(none.resolve("begroting.xlsx.txt.csv"), "a,b\n1,2\n");
    return in;
  }

  private BatchResult run(Path in, Path out, boolean resume, AtomicInteger reads) throws IOException {
    BatchConfig config = new BatchConfig(in, out, 2, Duration.ofSeconds(30), resume, checklist, Lang.NL,
        LocalDate.parse("2026-01-01"), CLOCK, "test", new PrintWriter(new StringWriter()), false);
    return new BatchRunner(config, p -> {
      reads.incrementAndGet();
      return reader.read(p);
    }).run(Discovery.discover(in));
  }

  @Test
  void everyOrganisationOnceInEveryOutputWithVerdictOrReason() throws Exception {
    Path in = corpus();
    Path out = tmp.resolve("out");
    List<Organisation> orgs = Discovery.discover(in);
    BatchResult result = run(in, out, false, new AtomicInteger());
    List<String> slugs = orgs.stream().map(Organisation::slug).toList();
    assertEquals(slugs, result.rows().stream().map(OrgResult::slug).toList());

    Map<String, String> status = new HashMap<>();
    result.rows().forEach(r -> status.put(r.slug(), r.status()));
    assertEquals("corrupt", status.get("kapot"));
    assertEquals("encrypted", status.get("versleuteld"));
    assertEquals("empty", status.get("leeg"));
    assertEquals(Organisation.MULTIPLE_DOCUMENTS, status.get("twee-documenten"));
    assertEquals(Organisation.NO_DOCUMENT, status.get("geen-document"));
    assertEquals("ok", status.get("basisschool-de-regenboog"));
    assertTrue(result.anyUnreadable());
    for (OrgResult r : result.rows()) {
      assertTrue(r.readable() ? r.score() != null && !r.outcomes().isEmpty() : !r.message().isBlank(),
          r.slug() + " has neither a verdict nor a reason");
    }
    assertTrue(Files.isRegularFile(out.resolve("orgs/basisschool-de-regenboog.json")));
    assertTrue(Files.isRegularFile(out.resolve("orgs/basisschool-de-regenboog.html")));

    assertEquals(slugs.stream().sorted().toList(), jsonlSlugs(out));
    List<String> names = orgs.stream().map(Organisation::name).toList();
    List<CSVRecord> csv = csv(out);
    assertEquals(names.size(), csv.size());
    for (int i = 0; i < names.size(); i++) {
      String expected = names.get(i).startsWith("=") ? "'" + names.get(i) : names.get(i);
      assertEquals(expected, csv.get(i).get(0));
      assertFalse(csv.get(i).get(4).isBlank());
    }
    assertEquals(names, xlsxNames(out));
    String html = Files.readString(out.resolve(Summaries.HTML));
    List<String> htmlOrgs = new ArrayList<>();
    Matcher m = java.util.regex.Pattern.compile("<tr data-org=\"([^\"]+)\">").matcher(html);
    while (m.find()) {
      htmlOrgs.add(m.group(1));
    }
    assertEquals(slugs, htmlOrgs);
    assertTrue(html.contains("Zonder &lt;Document&gt;"), "names are escaped");
    assertFalse(html.contains("<Document>"));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("href=\"orgs/basisschool-de-regenboog.html\""));
  }

  @Test
  void resumeSkipsUnchangedOrganisationsAndKeepsTheirRows() throws Exception {
    Path in = corpus();
    Path out = tmp.resolve("out");
    AtomicInteger first = new AtomicInteger();
    // a copy: the result's rows are read from results.jsonl, which the second run rewrites
    List<OrgResult> rowsOne = List.copyOf(run(in, out, false, first).rows());
    assertTrue(first.get() > 5);

    Files.writeString(in.resolve("kapot/meldcode.pdf"), "%PDF-1.7\nanders kapot");
    AtomicInteger second = new AtomicInteger();
    BatchResult two = run(in, out, true, second);
    assertEquals(1, second.get(), "only the changed document is read again");
    assertEquals(rowsOne.size() - 1, two.skipped());
    assertEquals(rowsOne.stream().map(OrgResult::slug).sorted().toList(), jsonlSlugs(out));
    assertEquals(rowsOne.size(), csv(out).size());
    assertEquals(rowsOne, two.rows().stream().map(r -> r.slug().equals("kapot")
        ? rowsOne.stream().filter(x -> x.slug().equals("kapot")).findFirst().orElseThrow() : r).toList());
  }

  @Test
  void manifestOrganisationsAreFoundWithTheirDocuments() throws Exception {
    Path in = corpus();
    Path manifest = in.resolve("manifest.csv");
    Files.writeString(manifest, "organisation,sector,document\n"
        + "\"Basisschool, De Regenboog\",onderwijs,basisschool-de-regenboog/meldcode.docx\n"
        + "Zonder document,zorg,\n"
        + "Twee,zorg,kapot/meldcode.pdf;leeg/meldcode.docx\n"
        + "Weg,zorg,bestaat-niet.pdf\n");
    List<Organisation> orgs = Discovery.fromManifest(manifest);
    assertEquals(List.of("basisschool-de-regenboog", "zonder-document", "twee", "weg"),
        orgs.stream().map(Organisation::slug).toList());
    assertEquals("Basisschool, De Regenboog", orgs.get(0).name());
    assertEquals("", orgs.get(0).problem());
    assertEquals(Organisation.NO_DOCUMENT, orgs.get(1).problem());
    assertEquals(Organisation.MULTIPLE_DOCUMENTS, orgs.get(2).problem());
    BatchResult result = run(manifest, tmp.resolve("out"), false, new AtomicInteger());
    assertEquals("missing", result.rows().get(3).status());
    assertEquals(4, csv(tmp.resolve("out")).size());
  }

  private static List<String> jsonlSlugs(Path out) throws IOException {
    List<String> slugs = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(ResultsLog.FILE), StandardCharsets.UTF_8)) {
      slugs.add(ResultsLog.JSON.readValue(line, OrgResult.class).slug());
    }
    // lines come in completion order; sorting keeps duplicates, so comparing with the sorted slugs still catches them
    return slugs.stream().sorted().toList();
  }

  private static List<CSVRecord> csv(Path out) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(Summaries.CSV), StandardCharsets.UTF_8)) {
      assertEquals('\uFEFF', r.read());
      try (CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        return p.getRecords();
      }
    }
  }

  private static List<String> xlsxNames(Path out) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out.resolve(Summaries.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheetAt(0);
      assertEquals(1, s.getPaneInformation().getHorizontalSplitTopRow());
      assertTrue(s.getSheetConditionalFormatting().getNumConditionalFormattings() > 0);
      assertTrue(((org.apache.poi.xssf.usermodel.XSSFSheet) s).getCTWorksheet().isSetAutoFilter(), "autofilter");
      Row first = s.getRow(1);
      var score = first.getCell(SummaryTable.SCORE_COLUMN);
      // the first sample is judged: its score is a number a filter can compare, not text
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, score.getCellType());
      for (Row row : s) {
        if (row.getRowNum() > 0) {
          names.add(row.getCell(0).getStringCellValue());
        }
      }
    }
    return names;
  }
}
