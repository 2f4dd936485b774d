package nl.meldcheck.report;

import static nl.meldcheck.report.SafeText.clean;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.meldcheck.audit.AuditReport;
import nl.meldcheck.audit.CriterionResult;
import nl.meldcheck.audit.EvidenceItem;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Outcome;

/**
 * JUnit XML for CI test tabs (Jenkins, GitLab, GitHub test reporters): one test suite per audited
 * document, one test case per criterion with the area as class name and "ID title" as name.
 * Fail, partial and review are failures (a CI job should show them); not applicable and waived
 * are skipped with the reason; error is an error. A document that could not be read is one
 * errored test case, so the job does not look green with zero tests.
 *
 * <p>Written with the JDK's StAX writer, which escapes text and attributes; characters XML 1.0
 * cannot carry at all are removed first by {@link SafeText#clean}.
 */
public final class JunitReporter implements Reporter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  @Override
  public void write(AuditReport report, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      new JunitXml(xml, report).write();
      xml.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  /** The writer for one report; indents by hand because StAX has no pretty printer. */
  private static final class JunitXml {
    private final XMLStreamWriter xml;
    private final AuditReport report;
    private final Lang lang;
    private final Map<String, String> areas;
    private int depth;

    JunitXml(XMLStreamWriter xml, AuditReport report) {
      this.xml = xml;
      this.report = report;
      this.lang = Messages.lang(report.lang());
      this.areas = Areas.titles(report);
    }

    void write() throws XMLStreamException {
      boolean unreadable = !report.input().status().judged();
      int tests = unreadable ? 1 : report.results().size();
      int failures = unreadable ? 0 : count(Outcome.FAIL, Outcome.PARTIAL, Outcome.REVIEW);
      int errors = unreadable ? 1 : count(Outcome.ERROR);
      int skipped = unreadable ? 0 : count(Outcome.NOT_APPLICABLE, Outcome.WAIVED);
      xml.writeStartDocument("UTF-8", "1.0");
      open("testsuites");
      counts(tests, failures, errors, skipped);
      open("testsuite");
      xml.writeAttribute("name", clean(report.checklist().id()) + " " + clean(report.checklist().version())
          + ": " + clean(report.input().path()));
      counts(tests, failures, errors, skipped);
      properties();
      if (unreadable) {
        unreadable();
      } else {
        for (CriterionResult result : report.results()) {
          testcase(result);
        }
      }
      close();
      close();
      xml.writeEndDocument();
    }

    private void counts(int tests, int failures, int errors, int skipped) throws XMLStreamException {
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", String.valueOf(errors));
      xml.writeAttribute("skipped", String.valueOf(skipped));
      xml.writeAttribute("time", "0");
    }

    private int count(Outcome... outcomes) {
      int n = 0;
      for (CriterionResult result : report.results()) {
        n += List.of(outcomes).contains(result.outcome()) ? 1 : 0;
      }
      return n;
    }

    private void properties() throws XMLStreamException {
      open("properties");
      property("verdict", report.verdict().code());
      property("score", report.score().value() < 0 ? "" : Messages.number(report.score().value(), 1, Lang.EN));
      property("pass_mark", Messages.compact(report.score().passMark(), Lang.EN));
      property("checklist", clean(report.checklist().id()) + " " + clean(report.checklist().version()));
      property("input_status", report.input().status().code());
      property("sha256", clean(report.input().sha256()));
      close();
    }

    private void property(String name, String value) throws XMLStreamException {
      empty("property");
      xml.writeAttribute("name", name);
      xml.writeAttribute("value", value);
    }

    private void unreadable() throws XMLStreamException {
      open("testcase");
      xml.writeAttribute("classname", "input");
      xml.writeAttribute("name", clean(report.input().path()));
      xml.writeAttribute("time", "0");
      open("error");
      xml.writeAttribute("message", clean(report.input().message()));
      xml.writeAttribute("type", report.input().status().code());
      xml.writeCharacters(Messages.NOT_JUDGED_INPUT.in(lang) + ": " + clean(report.input().message()));
      closeInline();
      close();
    }

    private void testcase(CriterionResult r) throws XMLStreamException {
      String element = switch (r.outcome()) {
        case FAIL, PARTIAL, REVIEW -> "failure";
        case ERROR -> "error";
        case NOT_APPLICABLE, WAIVED -> "skipped";
        case PASS -> null;
      };
      if (element == null) {
        empty("testcase");
        caseAttributes(r);
        return;
      }
      open("testcase");
      caseAttributes(r);
      open(element);
      String outcome = Messages.outcome(r.outcome(), lang);
      String message = clean(r.advice()).isEmpty()
          ? outcome + (r.notes().isEmpty() ? "" : ": " + clean(r.notes().get(0)))
          : outcome + ": " + clean(r.advice());
      xml.writeAttribute("message", message);
      if (!element.equals("skipped")) {
        xml.writeAttribute("type", r.outcome().code());
      }
      xml.writeCharacters(details(r));
      closeInline();
      close();
    }

    private void caseAttributes(CriterionResult r) throws XMLStreamException {
      xml.writeAttribute("classname", areas.getOrDefault(r.area(), clean(r.area())));
      xml.writeAttribute("name", clean(r.id()) + " " + clean(r.title()));
      xml.writeAttribute("time", "0");
    }

    /** The body a CI tool shows when the case is opened: what was looked for and the evidence. */
    private String details(CriterionResult r) {
      List<String> lines = new ArrayList<>();
      addLine(lines, Messages.LOOKED_FOR, clean(r.lookedFor()));
      addLine(lines, Messages.MISSING, String.join(", ", r.missing().stream().map(SafeText::clean).toList()));
      for (EvidenceItem item : r.evidence()) {
        String where = item.page() > 0 ? " (" + Messages.PAGE_ABBREV.in(lang) + " " + item.page() + ")"
            : item.line() > 0 ? " (" + Messages.LINE.in(lang) + " " + item.line() + ")" : "";
        addLine(lines, Messages.EVIDENCE, "“" + clean(item.quote()) + "”" + where);
      }
      for (String note : r.notes()) {
        addLine(lines, Messages.NOTE, clean(note));
      }
      addLine(lines, Messages.BASIS, clean(r.basis()));
      return String.join("\n", lines);
    }

    private void addLine(List<String> lines, Messages label, String text) {
      if (!text.isEmpty()) {
        lines.add(label.in(lang) + ": " + text);
      }
    }

    private void open(String name) throws XMLStreamException {
      indent();
      xml.writeStartElement(name);
      depth++;
    }

    private void empty(String name) throws XMLStreamException {
      indent();
      xml.writeEmptyElement(name);
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      xml.writeEndElement();
    }

    /** Ends an element whose content is text, without adding whitespace to that text. */
    private void closeInline() throws XMLStreamException {
      depth--;
      xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
