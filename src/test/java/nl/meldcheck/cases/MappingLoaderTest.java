package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappingLoaderTest {
  @Test
  void builtInMappingsLoad() throws Exception {
    for (String name : MappingLoader.BUILT_IN) {
      Mapping m = MappingLoader.builtIn(name);
      assertTrue(m.fields().containsKey(Field.CASUS_ID), name);
    }
    Mapping zd = MappingLoader.builtIn("zorgdossier");
    assertEquals(';', zd.delimiter());
    assertEquals("melden_en_hulp", zd.fields().get(Field.BESLUIT).values().get("MVT+HLP"));
    assertEquals("ja", zd.fields().get(Field.VERMOEDEN).values().get("J"));
    assertEquals("intern_begeleider",
        MappingLoader.builtIn("leerlingvolg").fields().get(Field.BESLUIT_DOOR).values()
            .get("IB'er"));
    assertEquals(Field.values().length, MappingLoader.canonical().fields().size());
  }

  @Test
  void everyMistakeIsReportedWithFileLineAndColumn() {
    String yaml = """
        name: Test
        sheet: Blad1
        csv: {delimiter: "|"}
        datums: [dd-MM-yyyy]
        fields:
          casus_id: Nr
          signaal_datum: {column: Signaal, dates: [dd-MMM-yyyy]}
          besluit: {column: Besluit, values: {M: meldn}}
          kindchek: Kindcheck
          vermoeden: {colum: Vermoeden}
        """;
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> MappingLoader.parse("m.yaml", yaml));
    List<String> p = e.problems();
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:3:") && s.contains("delimiter")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:4:1:") && s.contains("'datums'")
        && s.contains("bedoelt u 'dates'")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:7:") && s.contains("dd-MMM-yyyy")),
        p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:8:") && s.contains("'meldn'")
        && s.contains("bedoelt u 'melden'")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:9:3:") && s.contains("kindchek")
        && s.contains("'kindcheck'")), p.toString());
    assertTrue(p.stream().anyMatch(s -> s.startsWith("m.yaml:10:") && s.contains("colum")),
        p.toString());
    assertEquals(6, p.size(), p.toString());
  }

  @Test
  void casusIdIsRequired() {
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> MappingLoader.parse("m.yaml", "name: X\nfields:\n  team: Team\n"));
    assertTrue(e.getMessage().contains("casus_id"), e.getMessage());
  }

  @Test
  void duplicateKeysAndAliasesAreRejected() {
    String yaml = "name: X\nfields:\n  casus_id: &a Nr\n  team: *a\n  casus_id: Nr\n";
    CasesConfigException e = assertThrows(CasesConfigException.class,
        () -> MappingLoader.parse("m.yaml", yaml));
    assertTrue(e.getMessage().contains("m.yaml:5:3: sleutel 'casus_id' komt twee keer voor"),
        e.getMessage());
    assertTrue(e.getMessage().contains("ankers en aliassen"), e.getMessage());
  }

  @Test
  void emptyAndBrokenYamlAreLocated() {
    assertTrue(assertThrows(CasesConfigException.class, () -> MappingLoader.parse("e.yaml", ""))
        .getMessage().startsWith("e.yaml:1:1: het bestand is leeg"));
    String msg = assertThrows(CasesConfigException.class,
        () -> MappingLoader.parse("b.yaml", "name: X\nfields: [a\n")).getMessage();
    assertTrue(msg.startsWith("b.yaml:") && msg.contains("geen geldige YAML"), msg);
  }

  @Test
  void valuesAreNotAllowedOnDatesAndDatesOnlyOnDates() {
    String yaml = """
        name: X
        fields:
          casus_id: Nr
          signaal_datum: {column: S, values: {a: b}}
          vermoeden: {column: V, dates: [dd-MM-yyyy]}
        """;
    List<String> p = assertThrows(CasesConfigException.class,
        () -> MappingLoader.parse("m.yaml", yaml)).problems();
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("m.yaml:4:") && p.get(0).contains("datumveld"));
    assertTrue(p.get(1).startsWith("m.yaml:5:") && p.get(1).contains("datumvelden"));
  }
}
