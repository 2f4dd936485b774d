package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.meldcheck.document.Block;
import nl.meldcheck.document.BlockKind;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PatternTest {
  static DocumentIndex index(String... paragraphs) {
    List<Block> blocks = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, p, List.of(), 0, 0, 0));
    }
    return DocumentIndex.of(new Document("t", DocumentFormat.TXT, blocks, 0, java.util.Map.of(), "0"));
  }

  static String first(String pattern, String text) throws PatternException {
    List<Evidence> found = index(text).find(Pattern.compile(pattern), Scope.DOCUMENT);
    return found.isEmpty() ? "-" : found.get(0).qualifier().code();
  }

  @ParameterizedTest(name = "''{0}'' in ''{1}'' -> {2}")
  @CsvSource(delimiterString = " :: ", value = {
    "signalen in kaart :: De beroepskracht brengt de signalen in kaart. :: strong",
    "signaal :: Elk signaal wordt besproken. :: strong",
    "signalen :: Elk signaal wordt besproken. :: strong",
    "overleg* met (een) collega :: Zij overlegt met een collega. :: strong",
    "overleg* met (een) collega :: Zij overlegt met collega's. :: strong",
    "overleg* met (een) (deskundige) collega :: Hij overleggen met een deskundige collega. :: strong",
    "advies (vragen|inwinnen) bij veilig thuis :: Wij winnen advies in bij Veilig Thuis. :: -",
    "advies ... veilig thuis :: Wij vragen advies aan Veilig Thuis. :: strong",
    "gesprek && ouder* :: Met de ouders voeren we een gesprek. :: strong",
    "gesprek met (de) client :: Een gesprek met de cliënt volgt. :: strong",
    "*geweld :: Ook eergerelateerd geweld en huiselijkgeweld. :: strong",
    "=amk :: Wij melden bij het AMK. :: strong",
    "0800-2000 :: Bel 0800 - 2000. :: strong",
    "financieel :: Het ﬁnancieel overzicht. :: strong",
    "signalen :: Wij brengen de signa-\\nlen in kaart. :: strong",
    "gesprek met (de) ouders :: Wij voeren geen gesprek met de ouders. :: negated",
    "gesprek met (de) ouders :: Handel nooit alleen, maar voer een gesprek met de ouders. :: strong",
    "vermoeden :: Als er geen vermoeden is, sluiten wij af. :: strong",
    "advies vragen :: De leerkracht kan advies vragen. :: weak",
    "hulp :: Is hulp mogelijk? Kan ik hulp bieden? :: strong",
    "advies vragen :: Zo mogelijk wordt advies vragen gedaan. :: weak",
  })
  void matches(String pattern, String text, String expected) throws PatternException {
    assertEquals(expected, first(pattern, text.replace("\\n", "\n")));
  }

  @Test
  void equalWordsOfAllPatternsAreOneInstance() throws PatternException {
    Pattern a = Pattern.compile("signalen in kaart");
    Pattern b = Pattern.compile("(de) signalen && kaart");
    assertSame(a.words().get(0), b.words().get(1));
    assertSame(a.words().get(2), b.words().get(2));
    assertNotSame(Pattern.compile("=signalen").words().get(0), a.words().get(0));
  }

  @Test
  void aWordCompiledAfterTheIndexMatchesAsOneCompiledBefore() throws PatternException {
    String text = "De zorgvlinderkwast wordt besproken. Zorgvlinderkwasten ook. Geen kwast hier.";
    DocumentIndex before = index(text);
    // a word no pattern had before: its id lies past the caches of the index built above
    Pattern late = Pattern.compile("zorgvlinderkwast*");
    List<Evidence> found = before.find(late, Scope.DOCUMENT);
    assertEquals(2, found.size());
    assertEquals(found, before.find(late, Scope.DOCUMENT));
    assertEquals(found, index(text).find(late, Scope.DOCUMENT)); // an index with a cache slot for it
  }

  @Test
  void windowJoinsSentencesOfOneSection() throws PatternException {
    DocumentIndex idx = index("De leerkracht voert een gesprek. Daarbij zijn beide ouders aanwezig.");
    Pattern p = Pattern.compile("gesprek && ouder*");
    assertEquals(0, idx.find(p, Scope.DOCUMENT).size());
    List<Evidence> two = idx.find(p, new Scope(List.of(), 2));
    assertEquals(1, two.size());
    assertEquals("De leerkracht voert een gesprek. Daarbij zijn beide ouders aanwezig.", two.get(0).quote());
  }

  @ParameterizedTest(name = "''{0}'' is rejected at column {1}")
  @CsvSource(delimiterString = " :: ", value = {
    "(a|b :: 1",
    "a ) b :: 3",
    "'' :: 1",
    "(een) :: 1",
    "a && :: 5",
    "=a* :: 1",
    "a [b] :: 3",
  })
  void badPatterns(String pattern, int column) {
    PatternException e = assertThrows(PatternException.class, () -> Pattern.compile(pattern));
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void quotesKeepOriginalWordingAndOffsets() throws PatternException {
    DocumentIndex idx = index("Eerste alinea.", "Wij  brengen de signa-\nlen in kaart.");
    Evidence e = idx.find(Pattern.compile("signalen"), Scope.DOCUMENT).get(0);
    assertEquals("Wij brengen de signalen in kaart.", e.quote());
    assertEquals("Eerste alinea.".length() + 1, e.start());
  }
}
