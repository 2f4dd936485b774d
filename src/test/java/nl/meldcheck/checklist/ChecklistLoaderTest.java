package nl.meldcheck.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.meldcheck.match.Scope;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What a valid checklist turns into: defaults, inheritance, overrides and the check records. */
class ChecklistLoaderTest {
  static final Path VALID = Paths.get("src/test/resources/checklists/valid");

  @Test
  void minimalChecklistGetsTheDocumentedDefaults() throws ChecklistException {
    Checklist c = ChecklistLoader.load(VALID.resolve("minimal.yaml"));
    assertEquals("minimal", c.id());
    assertEquals(60, c.passMark());
    assertEquals(0.5, c.partialCap());
    assertNull(c.extendsId());
    assertNull(c.validFrom());
    assertEquals(List.of(), c.sectors());
    Criterion k = c.criteria().get(0);
    assertEquals(3, k.weight(), "major weighs 3 by default");
    assertTrue(k.waivable(), "only critical criteria are unwaivable by default");
    assertEquals("", k.basis());
    assertNull(k.lookedFor());
    assertEquals(Examples.NONE, k.examples());
    assertFalse(k.applicability().conditional());
    assertEquals(new SourceRef(VALID.resolve("minimal.yaml").toString(), 8, 5), k.source());
    ConceptsCheck check = assertInstanceOf(ConceptsCheck.class, k.check());
    assertEquals(new Scope(List.of(), 1), check.scope(), "the whole document, bare headings not counted on their own");
    assertEquals(1, check.partialMin());
    assertEquals(Text.nl("signalen"), check.concepts().get(0).label());
  }

  @Test
  void everyCheckTypeAndFormIsRead() throws ChecklistException {
    Checklist c = ChecklistLoader.load(VALID.resolve("all-types.yaml"));
    assertEquals(Text.of("Alle soorten controles", "All check types"), c.title());
    assertEquals(LocalDate.of(2024, 1, 1), c.validFrom());
    assertEquals(0.4, c.partialCap());
    assertEquals(List.of("onderwijs", "zorg"), c.sectors());
    assertEquals(List.of("stappen", "actualiteit"), c.areas().stream().map(Area::id).toList());

    Criterion consult = c.criterion("STAP-2-CONSULTATIE").orElseThrow();
    assertEquals(5, consult.weight());
    assertFalse(consult.waivable());
    assertEquals(Set.of("onderwijs"), consult.applicability().only());
    assertEquals(Text.nl("Collegiale consultatie en advies van Veilig Thuis"), consult.lookedFor());
    ConceptsCheck cc = (ConceptsCheck) consult.check();
    assertEquals(2, cc.scope().window());
    assertEquals(List.of("stap 2", "collegiale consultatie"),
        cc.scope().sections().stream().map(Object::toString).toList());
    assertEquals(Set.of("consultatie"), cc.partialRequires());
    assertEquals(List.of("consultatie", "veilig_thuis_advies", "oud"), cc.concepts().stream().map(Concept::id).toList());
    assertEquals(Text.nl("consultatie"), cc.concepts().get(0).label());
    assertEquals(2, cc.concepts().get(0).patterns().size());
    assertTrue(cc.concepts().get(1).allowWeak());
    assertTrue(cc.concepts().get(2).partialOnly());
    assertEquals(1, consult.examples().review().size());

    Criterion out = c.criterion("OUT-INSTANTIES").orElseThrow();
    assertEquals(2.5, out.weight());
    assertFalse(out.waivable());
    assertEquals(Set.of("zorg"), out.applicability().except());
    ForbiddenCheck fc = (ForbiddenCheck) out.check();
    assertEquals(Text.nl("Veilig Thuis"), fc.terms().get(0).replacement());
    assertEquals(Text.nl("shg"), fc.terms().get(1).label());
    assertNull(fc.terms().get(1).replacement());
    assertEquals(1, fc.unless().size());

    SectionCheck sc = (SectionCheck) c.criterion("STAP-3-KOP").orElseThrow().check();
    assertEquals(Text.of("een kop voor stap 3", "a heading for step 3"), sc.label());
    DateCheck dc = (DateCheck) c.criterion("ORG-ACTUEEL").orElseThrow().check();
    assertEquals(LocalDate.of(2019, 1, 1), dc.notBefore());
    assertEquals(DateParser.DEFAULT_CUES, dc.cues().stream().map(Object::toString).toList());
    DateCheck own = (DateCheck) c.criterion("ORG-DATUM-EIGEN").orElseThrow().check();
    assertEquals(List.of("versie", "jaargang"), own.cues().stream().map(Object::toString).toList());
  }

  @Test
  void childOfABuiltInAddsAndOverrides() throws ChecklistException {
    Checklist basis = ChecklistLoader.builtIn("basis");
    Checklist c = ChecklistLoader.load(VALID.resolve("sector-child.yaml"));
    assertEquals("basis", c.extendsId());
    assertEquals(basis.passMark(), c.passMark());
    assertEquals(basis.validFrom(), c.validFrom());
    assertEquals(basis.sectors().size() + 1, c.sectors().size());
    assertEquals("gastouderopvang", c.sectors().get(c.sectors().size() - 1));
    List<String> areas = new java.util.ArrayList<>(basis.areas().stream().map(Area::id).toList());
    areas.add("kinderopvang");
    assertEquals(areas, c.areas().stream().map(Area::id).toList());
    List<String> ids = c.criteria().stream().map(Criterion::id).toList();
    assertEquals(basis.criteria().size() + 1, ids.size());
    assertEquals(basis.criteria().stream().map(Criterion::id).toList(), ids.subList(0, basis.criteria().size()));

    Criterion gesprek = c.criterion("STAP-3-GESPREK").orElseThrow();
    assertEquals(Severity.MAJOR, gesprek.severity());
    assertEquals(3, gesprek.weight(), "a default weight follows the overridden severity");
    assertTrue(gesprek.waivable(), "default waivability follows the overridden severity");
    assertEquals("Talk with the parents.", gesprek.advice().get(Lang.EN));
    assertEquals(Set.of("gastouderopvang"), gesprek.applicability().except());
    assertEquals(basis.criterion("STAP-3-GESPREK").orElseThrow().check().toString(), gesprek.check().toString());
    assertEquals(basis.criterion("STAP-3-GESPREK").orElseThrow().source(), gesprek.source());

    Criterion signalen = c.criterion("STAP-1-SIGNALEN").orElseThrow();
    assertEquals(Severity.CRITICAL, signalen.severity());
    assertEquals(2, signalen.weight());
    assertTrue(signalen.waivable());
    assertEquals(Text.nl("Signalen (kinderopvang)"), signalen.title());
    assertEquals(Text.nl("Signalen in kaart"), signalen.lookedFor());
    assertTrue(signalen.applicability().appliesTo("kinderopvang"));
    assertFalse(signalen.applicability().appliesTo("zorg"));
  }

  @Test
  void childOfALocalFileInheritsPartialCapAndMayRaiseThePassMark() throws ChecklistException {
    Checklist c = ChecklistLoader.resolve(VALID.resolve("local-child.yaml").toString());
    assertEquals("local-parent", c.extendsId());
    assertEquals(70, c.passMark());
    assertEquals(0.25, c.partialCap());
    assertEquals(List.of("A-1", "A-2"), c.criteria().stream().map(Criterion::id).toList());
    assertFalse(c.criterion("A-2").orElseThrow().waivable());
  }

  @TestFactory
  Stream<DynamicTest> examplesOfValidFixturesHold() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(VALID)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      for (ExampleRunner.Result r : ExampleRunner.run(ChecklistLoader.load(p), ShippedChecklistsTest.AS_OF)) {
        assertTrue(r.ok(), r.criterionId() + " " + r.expected() + " gave " + r.actual() + ": " + r.passage());
      }
    }));
  }

  @Test
  void exampleRunnerReportsAMismatchInsteadOfHidingIt() throws ChecklistException {
    Checklist c = ChecklistLoader.load(VALID.resolve("minimal.yaml"));
    Criterion k = c.criteria().get(0);
    Criterion wrong = new Criterion(k.id(), k.area(), k.severity(), k.weight(), k.title(), k.basis(),
        k.applicability(), k.check(), k.lookedFor(), k.advice(), k.waivable(),
        new Examples(List.of("Geen enkel woord hierover."), List.of(), List.of(), List.of("Wij signaleren.")), k.needs(), k.source());
    Checklist broken = new Checklist(c.id(), c.version(), c.title(), c.validFrom(), null, c.passMark(),
        c.partialCap(), c.sectors(), c.areas(), List.of(wrong), c.source());
    List<ExampleRunner.Result> results = ExampleRunner.run(broken, ShippedChecklistsTest.AS_OF);
    assertEquals(List.of(
        new ExampleRunner.Result("STAP-1", "pass", Outcome.FAIL, "Geen enkel woord hierover.", false),
        new ExampleRunner.Result("STAP-1", "fail", Outcome.PASS, "Wij signaleren.", false)), results);
  }

  @Test
  void exampleDocumentHasHeadingsAndPathsAndLines() {
    var doc = ExampleRunner.document("# Stap 2\nWij overleggen.\n\nMet een collega.");
    assertEquals(3, doc.blocks().size());
    assertEquals(nl.meldcheck.document.BlockKind.HEADING, doc.blocks().get(0).kind());
    assertEquals(List.of("Stap 2"), doc.blocks().get(2).headingPath());
    assertEquals(4, doc.blocks().get(2).line());
  }
}
