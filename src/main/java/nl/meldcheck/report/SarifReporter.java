package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CaseSection;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps): every criterion is a
 * rule with its metadata; every criterion that needs work (fail, partial, review) is a result, and
 * a waived one is a result with an external suppression, so it stays visible with its reason.
 * Text and Markdown inputs get line regions (a dashboard can point at the line); paged formats
 * carry page and section as location properties, because SARIF regions address the file's bytes
 * and a PDF page is not one. Criteria that could not be evaluated, and an unreadable document,
 * are tool execution notifications: the tool's trouble, not a finding about the document.
 *
 * <p>Streamed with Jackson's generator, like the JSON report; Jackson escapes the strings.
 */
public final class SarifReporter implements Reporter {
  /** The schema URI the OASIS standard (errata 01) publishes. */
  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(RecordJson.prettyPrinter());
      new SarifLog(g, report).write();
    }
    out.write('\n');
    out.flush();
  }

  /** The writer for one report. */
  private static final class SarifLog {
    private final JsonGenerator g;
    private final AuditReport report;
    private final Lang lang;
    private final String uri;
    private final boolean lines;

    SarifLog(JsonGenerator g, AuditReport report) {
      this.g = g;
      this.report = report;
      this.lang = Messages.lang(report.lang());
      this.uri = uri(report.input().path());
      String format = report.input().format();
      this.lines = "txt".equals(format) || "md".equals(format);
    }

    void write() throws IOException {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA_URI);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      tool();
      g.writeStringField("language", lang.code());
      invocation();
      artifacts();
      results();
      runProperties();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }

    private void tool() throws IOException {
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", clean(report.tool()));
      g.writeStringField("version", clean(report.toolVersion()));
      g.writeArrayFieldStart("rules");
      for (CriterionResult r : report.results()) {
        rule(r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }

    private void rule(CriterionResult r) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", clean(r.id()));
      g.writeStringField("name", clean(r.title()));
      text("shortDescription", clean(r.title()));
      String lookedFor = clean(r.lookedFor());
      text("fullDescription", lookedFor.isEmpty() ? clean(r.title()) : lookedFor);
      if (!clean(r.advice()).isEmpty()) {
        text("help", clean(r.advice()));
      }
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", r.severity() == Severity.CRITICAL ? "error" : "warning");
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      if (r.severity() != null) {
        g.writeStringField("severity", r.severity().code());
      }
      g.writeStringField("area", clean(r.area()));
      g.writeStringField("basis", clean(r.basis()));
      g.writeNumberField("weight", r.weight());
      g.writeEndObject();
      g.writeEndObject();
    }

    /** One invocation; its notifications carry what the tool could not do. */
    private void invocation() throws IOException {
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", true);
      List<String[]> notes = new ArrayList<>();
      if (!report.input().status().judged()) {
        notes.add(new String[] {null, report.input().status().code() + ": " + clean(report.input().message())});
      }
      for (CriterionResult r : report.results()) {
        if (r.outcome() == Outcome.ERROR) {
          notes.add(new String[] {clean(r.id()), clean(r.title()) + ": " + String.join(" ", cleaned(r.notes()))});
        }
      }
      if (!notes.isEmpty()) {
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (String[] note : notes) {
          g.writeStartObject();
          g.writeStringField("level", "error");
          text("message", note[1].strip());
          if (note[0] != null) {
            g.writeObjectFieldStart("associatedRule");
            g.writeStringField("id", note[0]);
            g.writeNumberField("index", ruleIndex(note[0]));
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndArray();
    }

    private void artifacts() throws IOException {
      g.writeArrayFieldStart("artifacts");
      g.writeStartObject();
      artifactLocation(false);
      String sha = clean(report.input().sha256());
      if (!sha.isEmpty()) {
        g.writeObjectFieldStart("hashes");
        g.writeStringField("sha-256", sha);
        g.writeEndObject();
      }
      g.writeEndObject();
      // case exports are artifacts too (by file name only: their directories may name clients)
      for (CaseSection.Export e : exports()) {
        g.writeStartObject();
        g.writeObjectFieldStart("location");
        g.writeStringField("uri", clean(e.file()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    /** The case exports that were read, in report order. */
    private List<CaseSection.Export> exports() {
      if (report.cases() == null) {
        return List.of();
      }
      return report.cases().exports().stream().filter(e -> e.status().equals(CaseSection.Export.OK)).toList();
    }

    private void results() throws IOException {
      g.writeArrayFieldStart("results");
      for (CriterionResult r : report.results()) {
        String level = switch (r.outcome()) {
          case FAIL -> r.severity() == Severity.CRITICAL ? "error" : "warning";
          case PARTIAL -> "warning";
          case REVIEW, WAIVED -> "note";
          case PASS, NOT_APPLICABLE, ERROR -> null;
        };
        if (level != null) {
          result(r, level);
        }
      }
      g.writeEndArray();
    }

    private void result(CriterionResult r, String level) throws IOException {
      g.writeStartObject();
      g.writeStringField("ruleId", clean(r.id()));
      g.writeNumberField("ruleIndex", ruleIndex(r.id()));
      g.writeStringField("level", level);
      text("message", message(r));
      g.writeArrayFieldStart("locations");
      boolean caseResult = r.area().equals(CaseSection.AREA) && !exports().isEmpty();
      if (caseResult) {
        // a case criterion is found in the exports' rows, not in the document
        List<CaseSection.Export> exports = exports();
        for (int i = 0; i < exports.size(); i++) {
          g.writeStartObject();
          g.writeObjectFieldStart("physicalLocation");
          g.writeObjectFieldStart("artifactLocation");
          g.writeStringField("uri", clean(exports.get(i).file()));
          g.writeNumberField("index", i + 1);
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
        }
      } else if (r.evidence().isEmpty()) {
        g.writeStartObject();
        physical(null);
        g.writeEndObject();
      }
      for (EvidenceItem item : r.evidence()) {
        location(item);
      }
      g.writeEndArray();
      if (r.outcome() == Outcome.WAIVED) {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField("kind", "external");
        g.writeStringField("status", "accepted");
        g.writeStringField("justification", String.join(" ", cleaned(r.notes())));
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeObjectFieldStart("properties");
      g.writeStringField("outcome", r.outcome().code());
      g.writeNumberField("credit", r.credit());
      g.writeEndObject();
      g.writeEndObject();
    }

    /** "deels: title. Ontbreekt: x. Advies: y" in the report language. */
    private String message(CriterionResult r) {
      StringBuilder text = new StringBuilder(Messages.outcome(r.outcome(), lang))
          .append(": ").append(clean(r.title())).append('.');
      List<String> missing = cleaned(r.missing());
      if (!missing.isEmpty()) {
        text.append(' ').append(Messages.MISSING.in(lang)).append(": ").append(String.join(", ", missing)).append('.');
      }
      if (r.area().equals(CaseSection.AREA)) {
        for (String note : cleaned(r.notes())) {
          // the counts ("6 van 8 beoordeelde dossiers voldoen ...") say how often, the rest is detail
          if (note.matches("^\\d+ (van|of) \\d+ .*")) {
            text.append(' ').append(note);
          }
        }
      }
      String advice = clean(r.advice());
      if (!advice.isEmpty()) {
        text.append(' ').append(Messages.ADVICE.in(lang)).append(": ").append(advice);
      }
      return text.toString();
    }

    private void location(EvidenceItem item) throws IOException {
      g.writeStartObject();
      physical(lines && item.line() > 0 ? item : null);
      text("message", clean(item.quote()));
      if (!lines || item.line() <= 0) {
        g.writeObjectFieldStart("properties");
        if (item.page() > 0) {
          g.writeNumberField("page", item.page());
        }
        g.writeStringField("section", String.join(" > ", cleaned(item.section())));
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    /** The document, with a line region when {@code lineItem} is given. */
    private void physical(EvidenceItem lineItem) throws IOException {
      g.writeObjectFieldStart("physicalLocation");
      artifactLocation(true);
      if (lineItem != null) {
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", lineItem.line());
        g.writeObjectFieldStart("snippet");
        g.writeStringField("text", clean(lineItem.quote()));
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    private void artifactLocation(boolean indexed) throws IOException {
      g.writeObjectFieldStart(indexed ? "artifactLocation" : "location");
      g.writeStringField("uri", uri);
      if (indexed) {
        g.writeNumberField("index", 0);
      }
      g.writeEndObject();
    }

    private void runProperties() throws IOException {
      g.writeObjectFieldStart("properties");
      g.writeStringField("verdict", report.verdict().code());
      if (report.score().value() >= 0) {
        g.writeNumberField("score", report.score().value());
      }
      g.writeNumberField("passMark", report.score().passMark());
      g.writeStringField("formula", clean(report.score().formula()));
      g.writeStringField("checklist", clean(report.checklist().id()) + " " + clean(report.checklist().version()));
      g.writeStringField("inputStatus", report.input().status().code());
      g.writeStringField("asOf", clean(report.asOf()));
      g.writeEndObject();
    }

    private void text(String field, String value) throws IOException {
      g.writeObjectFieldStart(field);
      g.writeStringField("text", value);
      g.writeEndObject();
    }

    private int ruleIndex(String id) {
      for (int i = 0; i < report.results().size(); i++) {
        if (report.results().get(i).id().equals(id) || clean(report.results().get(i).id()).equals(id)) {
          return i;
        }
      }
      return -1;
    }
  }

  private static List<String> cleaned(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      String c = clean(text);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The user's path as a relative URI reference: forward slashes, spaces and non-ASCII
   * percent-encoded, so dashboards can resolve it against the repository root.
   */
  static String uri(String path) {
    String slashed = clean(path).replace('\\', '/');
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
