package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.document.DocumentReader;
import nl.meldcheck.document.ReadOptions;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Region;
import org.junit.jupiter.api.Test;

/**
 * Whether a document is a meldcode: a data-breach protocol with a paragraph on files about
 * violence at home stays the data-breach protocol, even when its own five steps look like a
 * meldcode's to the patterns.
 */
class MeldcodeDecisionTest {
  @Test
  void aProtocolMostlyAboutAnotherTopicIsThatTopicsDocument() throws Exception {
    Checklist basis = ChecklistLoader.builtIn("basis");
    DocumentIndex index = index("protocol-datalekken.md");
    Region region = Region.of(index, basis.context());
    assertTrue(region.densest() >= Auditor.MIN_DENSEST, "the paragraph on violence at home is dense: " + region.densest());
    // even if the patterns credited two steps in full, the data-breach sentences outnumber it
    assertFalse(Auditor.isMeldcode(region, 2, 2, basis));
  }

  @Test
  void aProtocolThatDeclaresViolenceAtHomeOutsideItsScopeIsNoMeldcode() throws Exception {
    Checklist basis = ChecklistLoader.builtIn("basis");
    DocumentIndex index = index("meldprotocol-sport.md");
    Region region = Region.of(index, basis.context());
    assertTrue(Auditor.subjectDeclaredOutside(index, basis));
    assertTrue(Auditor.isMeldcode(region, 2, 2, basis, false), "without the declaration two full steps would make it one");
    assertFalse(Auditor.isMeldcode(region, 2, 2, basis, true));
  }

  @Test
  void aMeldcodeForHarassmentAtWorkThatLeavesChildrenToTheMeldcodeIsNoMeldcode() throws Exception {
    // "Meldcode" in its title, five steps, a vertrouwenspersoon and 112; but it says a child's
    // safety at home falls outside it, in words that do not name the violence itself
    Checklist basis = ChecklistLoader.builtIn("basis");
    DocumentIndex index = index("meldcode-ongewenst-gedrag.md");
    assertTrue(Auditor.subjectDeclaredOutside(index, basis));
    assertFalse(Auditor.isMeldcode(Region.of(index, basis.context()), 2, 2, basis, true));
  }

  @Test
  void aProtocolOnViolenceByStaffIsNoMeldcodeEvenWhenItCallsItselfOne() throws Exception {
    // "interne meldcode" in its title, five steps, 112 and "geweld"; its subject is the duty to
    // report violence by staff to the inspectorate, and "ouderen" in the title is no violence at home
    Checklist basis = ChecklistLoader.builtIn("basis");
    Region region = Region.of(index("meldprotocol-zorgrelatie.md"), basis.context());
    assertFalse(region.titled(), "a title on another subject does not make it a meldcode");
    assertFalse(Auditor.isMeldcode(region, 2, 2, basis));
  }

  private static DocumentIndex index(String lookalike) throws Exception {
    return DocumentIndex.of(new DocumentReader(ReadOptions.DEFAULTS)
        .read(Path.of("src/test/resources/lookalikes", lookalike)));
  }
}
