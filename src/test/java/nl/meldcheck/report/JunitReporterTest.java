package nl.meldcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.meldcheck.audit.AuditReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitReporterTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(Path.of("src", "test", "resources", "schemas", "junit.xsd").toFile());
  }

  static Stream<Arguments> canned() {
    return Stream.of(
        Arguments.of("cases.junit.xml", CannedReports.withCases()),
        Arguments.of("full.junit.xml", CannedReports.full()),
        Arguments.of("empty.junit.xml", CannedReports.empty()),
        Arguments.of("unreadable.junit.xml", CannedReports.unreadable()));
  }

  static void validate(String xml) throws IOException, SAXException {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canned")
  void matchesGoldenAndTheSchema(String golden, AuditReport report) throws Exception {
    String xml = Render.with(new JunitReporter(), report);
    Golden.assertGolden(golden, xml);
    validate(xml);
  }

  @Test
  void theSchemaRejectsWhatCiToolsWouldNotRead() {
    String xml = Render.with(new JunitReporter(), CannedReports.full());
    assertThrows(SAXException.class, () -> validate(xml.replace("tests=\"12\"", "tests=\"twelve\"")));
    assertThrows(SAXException.class, () -> validate(xml.replaceFirst("<testcase classname", "<testcase x=\"1\" classname")));
    assertThrows(SAXException.class, () -> validate(xml.replaceFirst(" name=\"STAP-1-SIGNALEN Signalen in kaart brengen\"", "")));
  }

  @Test
  void oneCasePerCriterionWithOutcomesMappedToJunitStates() throws Exception {
    Document doc = parse(Render.with(new JunitReporter(), CannedReports.full()));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(12, cases.getLength());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals(java.util.List.of("12", "3", "1", "2"), java.util.List.of(suite.getAttribute("tests"),
        suite.getAttribute("failures"), suite.getAttribute("errors"), suite.getAttribute("skipped")));
    Element partial = (Element) cases.item(1);
    assertEquals("De vijf stappen", partial.getAttribute("classname"));
    assertEquals("STAP-2-CONSULTATIE Collegiale consultatie en advies van Veilig Thuis", partial.getAttribute("name"));
    Element failure = (Element) partial.getElementsByTagName("failure").item(0);
    assertEquals("partial", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().contains("“Bij twijfel overlegt"), failure.getTextContent());
    assertEquals(1, doc.getElementsByTagName("error").getLength());
    assertEquals(2, doc.getElementsByTagName("skipped").getLength());
  }

  @Test
  void anUnreadableInputIsOneErroredCase() throws Exception {
    Document doc = parse(Render.with(new JunitReporter(), CannedReports.unreadable()));
    assertEquals(1, doc.getElementsByTagName("testcase").getLength());
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertEquals("encrypted", error.getAttribute("type"));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
