package nl.meldcheck.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * A folder of documents labelled by {@code shared/domain/labelling.md}: one {@code NN-name.ext}
 * with {@code NN-name.label.json} each. Two kinds of label file:
 *
 * <ul>
 *   <li><b>full</b> (a blind round): every criterion with outcome, reason and confidence, the
 *       expected verdict and, for a document that is no meldcode, the expected input status.
 *       Agreement is exact, except that {@code review} agrees with a low-confidence label (asking a
 *       person is right on a judgement call; labelling.md rule 8);
 *   <li><b>page</b> (short web-page texts): {@code is_meldcode}, the criteria the text plainly
 *       states ({@code stated}) and those it only seems to meet ({@code traps}); the rest is not
 *       measured.
 * </ul>
 *
 * <p>Pure like {@link Evaluation#evaluate}: the audit is passed in.
 */
public final class LabelledSet {
  private LabelledSet() {}

  /** One labelled criterion. */
  public record Label(Outcome outcome, boolean lowConfidence, String why) {}

  /**
   * One labelled document.
   *
   * @param id file name without extension
   * @param document the document
   * @param sector its sector
   * @param full true for a full label (every criterion), false for a page label
   * @param labels the labelled criteria (page labels: stated ones)
   * @param traps page labels only: criteria the text must not be credited with
   * @param verdict full labels: the expected verdict
   * @param status the expected input status ("ok" or "not_meldcode")
   */
  public record Doc(String id, Path document, String sector, boolean full, Map<String, Label> labels,
      Map<String, Label> traps, Verdict verdict, String status) {}

  /** A disagreement. */
  public record Miss(String doc, String criterion, String expected, String given, String why) {}

  /**
   * The figures of a set.
   *
   * @param name the folder name
   * @param docs documents
   * @param agree criterion outcomes that agree (full labels and stated page labels)
   * @param total criterion outcomes compared
   * @param found page labels: stated criteria the audit credited (pass or partial)
   * @param stated page labels: stated criteria
   * @param trapsKept page labels: traps the audit did not credit beyond the label
   * @param traps page labels: traps
   * @param verdictsRight full labels: verdicts as labelled
   * @param fullDocs full labels: documents
   * @param statusRight documents whose input status is as labelled
   * @param criticalPassedWhereFail applicable critical criteria given pass where the label fails
   * @param misses every disagreement
   */
  public record Result(String name, int docs, int agree, int total, int found, int stated, int trapsKept, int traps,
      int verdictsRight, int fullDocs, int statusRight, int criticalPassedWhereFail, List<Miss> misses) {
    public double rate() {
      return total == 0 ? 1.0 : (double) agree / total;
    }
  }

  /** Reads every {@code *.label.json} of {@code dir}, sorted by name. */
  public static List<Doc> load(Path dir, Checklist checklist) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".label.json")).sorted().toList();
    }
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode n = json.readTree(f.toFile());
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - ".label.json".length());
      Path document = dir.resolve(text(n, "document", f));
      // labellers write the sector as a name ("maatschappelijke opvang"); the checklist's id is
      // the same words in lower case with hyphens
      String sector = text(n, "sector", f).strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
      if (!checklist.sectors().contains(sector)) {
        throw new IllegalArgumentException(f + ": unknown sector '" + sector + "'");
      }
      boolean full = n.has("criteria");
      Map<String, Label> labels = criteria(n.get(full ? "criteria" : "stated"), f, checklist);
      Map<String, Label> traps = full ? Map.of() : criteria(n.get("traps"), f, checklist);
      String status;
      Verdict verdict = null;
      if (full) {
        status = n.has("expected_input_status") ? n.get("expected_input_status").asText() : "ok";
        // labelling.md leaves the value for a real meldcode open: labellers write "meldcode" for it
        if (status.equals("meldcode")) {
          status = "ok";
        }
        verdict = verdict(text(n, "expected_verdict", f), f);
        List<String> absent = checklist.criteria().stream().map(Criterion::id).filter(c -> !labels.containsKey(c)).toList();
        if (!absent.isEmpty()) {
          throw new IllegalArgumentException(f + ": no label for " + absent);
        }
      } else {
        status = n.path("is_meldcode").asBoolean(true) ? "ok" : "not_meldcode";
      }
      out.add(new Doc(id, document, sector, full, labels, traps, verdict, status));
    }
    return out;
  }

  private static String text(JsonNode n, String key, Path f) {
    JsonNode v = n.get(key);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalArgumentException(f + ": missing '" + key + "'");
    }
    return v.asText();
  }

  private static Map<String, Label> criteria(JsonNode node, Path f, Checklist checklist) {
    Map<String, Label> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (checklist.criterion(e.getKey()).isEmpty()) {
        throw new IllegalArgumentException(f + ": unknown criterion '" + e.getKey() + "'");
      }
      String code = e.getValue().path("outcome").asText();
      Outcome o = null;
      for (Outcome c : Outcome.values()) {
        if (c.code().equals(code)) {
          o = c;
        }
      }
      if (o == null) {
        throw new IllegalArgumentException(f + ": " + e.getKey() + ": '" + code + "' is no outcome");
      }
      out.put(e.getKey(), new Label(o, "low".equals(e.getValue().path("confidence").asText()),
          e.getValue().path("why").asText()));
    }
    return out;
  }

  private static Verdict verdict(String text, Path f) {
    for (Verdict v : Verdict.values()) {
      if (v.code().equals(text.replace(' ', '_')) || v.label(Lang.NL).equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException(f + ": '" + text + "' is no verdict");
  }

  /** Audits every document with its sector and compares. */
  public static Result evaluate(String name, Checklist checklist, List<Doc> docs, LocalDate asOf,
      Function<AuditRequest, AuditReport> audit) {
    int agree = 0;
    int total = 0;
    int found = 0;
    int stated = 0;
    int trapsKept = 0;
    int traps = 0;
    int verdicts = 0;
    int fullDocs = 0;
    int statusRight = 0;
    int critical = 0;
    List<Miss> misses = new ArrayList<>();
    for (Doc d : docs) {
      AuditReport report = audit.apply(new AuditRequest(d.document(), d.document().toString(), checklist,
          Optional.of(d.sector()), asOf, Lang.NL));
      Map<String, Outcome> given = new LinkedHashMap<>();
      for (CriterionResult r : report.results()) {
        given.put(r.id(), r.outcome());
      }
      String status = report.input().status().code();
      if (status.equals(d.status())) {
        statusRight++;
      } else {
        misses.add(new Miss(d.id(), "input status", d.status(), status, ""));
      }
      if (d.full()) {
        fullDocs++;
        if (report.verdict() == d.verdict()) {
          verdicts++;
        } else {
          misses.add(new Miss(d.id(), "verdict", d.verdict().code(), report.verdict().code(), ""));
        }
      }
      for (Map.Entry<String, Label> e : d.labels().entrySet()) {
        Label l = e.getValue();
        Outcome got = given.getOrDefault(e.getKey(), Outcome.ERROR);
        total++;
        boolean ok = got == l.outcome() || got == Outcome.REVIEW && l.lowConfidence();
        if (ok) {
          agree++;
        } else {
          misses.add(new Miss(d.id(), e.getKey(), l.outcome().code() + (l.lowConfidence() ? " (low)" : ""),
              got.code(), l.why()));
        }
        if (!d.full()) {
          stated++;
          found += got == Outcome.PASS || got == Outcome.PARTIAL ? 1 : 0;
        }
        Severity sev = checklist.criterion(e.getKey()).orElseThrow().severity();
        if (sev == Severity.CRITICAL && l.outcome() == Outcome.FAIL && got == Outcome.PASS) {
          critical++;
        }
      }
      for (Map.Entry<String, Label> e : d.traps().entrySet()) {
        Outcome want = e.getValue().outcome();
        Outcome got = given.getOrDefault(e.getKey(), Outcome.ERROR);
        traps++;
        // a trap is kept when the audit credits no more than the label: a fail stays a fail (or
        // not applicable, or a person is asked), a partial is not made a pass
        boolean kept = got == want || got == Outcome.NOT_APPLICABLE || got == Outcome.REVIEW
            || want == Outcome.PARTIAL && got == Outcome.FAIL;
        if (kept) {
          trapsKept++;
        } else {
          misses.add(new Miss(d.id(), e.getKey() + " (trap)", want.code(), got.code(), e.getValue().why()));
        }
      }
    }
    return new Result(name, docs.size(), agree, total, found, stated, trapsKept, traps, verdicts, fullDocs,
        statusRight, critical, misses);
  }

  /** The figures as plain text, deterministic. */
  public static String render(Result r, boolean details) {
    StringBuilder sb = new StringBuilder();
    if (r.fullDocs() > 0) {
      sb.append(String.format(Locale.ROOT,
          "  %s: %d documents; criteria %d of %d agree (%.1f%%); verdicts %d of %d; input status %d of %d;"
              + " critical criteria passed where the label fails: %d%n",
          r.name(), r.docs(), r.agree(), r.total(), 100 * r.rate(), r.verdictsRight(), r.fullDocs(), r.statusRight(),
          r.docs(), r.criticalPassedWhereFail()));
    } else {
      sb.append(String.format(Locale.ROOT,
          "  %s: %d texts; plainly stated requirements found %d of %d, exactly as labelled %d (%.1f%%);"
              + " traps kept %d of %d; input status %d of %d%n",
          r.name(), r.docs(), r.found(), r.stated(), r.agree(), 100 * r.rate(), r.trapsKept(), r.traps(),
          r.statusRight(), r.docs()));
    }
    if (details) {
      for (Miss m : r.misses()) {
        sb.append("    ").append(m.doc()).append(' ').append(m.criterion()).append(": expected ").append(m.expected())
            .append(", given ").append(m.given());
        if (!m.why().isBlank()) {
          sb.append("  — ").append(m.why().length() > 110 ? m.why().substring(0, 109) + "…" : m.why());
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
