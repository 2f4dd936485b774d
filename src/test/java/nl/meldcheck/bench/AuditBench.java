package nl.meldcheck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.AuditRequest;
import nl.meldcheck.audit.Auditor;
import nl.meldcheck.audit.CaseInput;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.cases.MappingLoader;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentException;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import nl.meldcheck.report.ReportFormat;
import nl.meldcheck.report.ReportStyle;

/**
 * What a batch worker does for an organisation besides parsing its document, on one thread:
 * judging the parsed document, reading and judging its case exports, and writing the JSON and
 * HTML reports (to nowhere). The documents are parsed once before the timing, so Tika is out of
 * the figures; the case exports are read every round, as a batch does. Not a test: a tool to see
 * whether a change to matching, case reading or reporting costs or saves time.
 *
 * <p>Usage: {@code AuditBench CORPUS_DIR ORGS ROUNDS}, e.g. on {@code scripts/make-batch-corpus}
 * output; prints milliseconds and allocated megabytes per round, then the median of the second
 * half of the rounds (after warm-up). Compare two builds on the same machine, interleaved.
 */
public final class AuditBench {
  private AuditBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int orgs = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Path> dirs;
    try (Stream<Path> s = Files.list(root)) {
      dirs = s.filter(Files::isDirectory).sorted().limit(orgs).toList();
    }
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    Map<Path, Object> parsed = new HashMap<>();
    List<AuditRequest> requests = new ArrayList<>();
    Checklist cl = ChecklistLoader.builtIn("basis");
    Mapping mapping = MappingLoader.builtIn("canonical");
    LocalDate asOf = LocalDate.of(2026, 11, 28);
    for (Path dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.sorted().toList();
      }
      Path doc = null;
      List<CaseInput> cases = new ArrayList<>();
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.endsWith(".csv") || n.endsWith(".xlsx")) {
          cases.add(new CaseInput(f, mapping, CaseOptions.defaults()));
        } else if (!n.equals("organisation.yaml") && doc == null) {
          doc = f;
        }
      }
      if (doc == null) {
        continue;
      }
      try {
        parsed.put(doc, reader.read(doc));
      } catch (DocumentException e) {
        parsed.put(doc, e);
      }
      requests.add(new AuditRequest(doc, doc.getFileName().toString(), cl, Optional.empty(), asOf, Lang.NL,
          List.of(), List.of(), cases, false));
    }
    Auditor auditor = new Auditor(file -> {
      Object o = parsed.get(file);
      if (o instanceof DocumentException e) {
        throw e;
      }
      return (Document) o;
    }, Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "bench", false);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    OutputStream nowhere = OutputStream.nullOutputStream();
    double[] ms = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long a0 = mx.getThreadAllocatedBytes(self);
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      for (AuditRequest req : requests) {
        AuditReport report = auditor.audit(req);
        write(ReportFormat.JSON, report, nowhere);
        write(ReportFormat.HTML, report, nowhere);
      }
      ms[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
      long mb = (mx.getThreadAllocatedBytes(self) - a0) >> 20;
      System.out.printf(Locale.ROOT, "round %d: %.1f ms (thread CPU %.1f ms), %d MB allocated%n", r + 1, ms[r],
          cpu[r], mb);
    }
    System.out.printf(Locale.ROOT, "%d organisations; median of the last %d rounds: %.1f ms (thread CPU %.1f ms)%n",
        requests.size(), rounds - rounds / 2, lateMedian(ms), lateMedian(cpu));
    System.exit(0);
  }

  /** The median of the second half of {@code values} (the first half is warm-up). */
  private static double lateMedian(double[] values) {
    double[] tail = Arrays.copyOfRange(values, values.length / 2, values.length);
    Arrays.sort(tail);
    return tail[tail.length / 2];
  }

  private static void write(ReportFormat f, AuditReport report, OutputStream out) throws IOException {
    f.reporter(ReportStyle.plain()).write(report, out);
  }
}
