package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** A role the document defines under its own name is found where that name is used. */
class RoleAliasTest {
  @Test
  void aNameInBracketsBeforeTheRole() {
    DocumentIndex index = PatternTest.index(
        "Veiligheidscoach (onze aandachtsfunctionaris): denkt mee en bewaakt de stappen.",
        "Over pesten praat je met de mentor.",
        "Je bereikt de veiligheidscoach via toestel 212.");
    assertEquals(bits(0, 2), index.sentencesNamingAliasOf("aandachtsfunctionaris"));
  }

  @Test
  void aDefinitionListEntry() {
    DocumentIndex index = PatternTest.index(
        "meldcodeadviseur: de collega die de taken heeft; elders heet deze rol aandachtsfunctionaris.",
        "De namen van de meldcodeadviseurs staan op intranet.");
    assertEquals(bits(0, 1), index.sentencesNamingAliasOf("aandachtsfunctionaris"));
  }

  @Test
  void noAliasWithoutADefinition() {
    DocumentIndex index = PatternTest.index(
        "De aandachtsfunctionaris (zie bijlage 2) adviseert collega's.",
        "Bel de coördinator via toestel 31.");
    assertEquals(new BitSet(), index.sentencesNamingAliasOf("aandachtsfunctionaris"));
  }

  private static BitSet bits(int... on) {
    BitSet b = new BitSet();
    for (int i : on) {
      b.set(i);
    }
    return b;
  }
}
