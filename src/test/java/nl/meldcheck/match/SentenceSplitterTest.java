package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negation and weak modality in wordings that meldcodes use all the time: the Besluit's own "al
 * dan niet melden", "ook als u besluit niet te melden", and the second person "u kunt".
 */
class SentenceSplitterTest {
  @ParameterizedTest(name = "''{0}'' in ''{1}'' -> {2}")
  @CsvSource(delimiterString = " :: ", value = {
    "gemeld :: De directeur beslist of er al dan niet gemeld wordt. :: strong",
    "eindverantwoordelijk :: Zij is eindverantwoordelijk voor het besluit om wel of niet te melden. :: strong",
    "besluit :: Ook als u besluit niet te melden, legt u dat vast. :: strong",
    "besluit :: Zelfs wanneer u besluit niet te melden, legt u dat vast. :: strong",
    "melden :: Wij melden niet bij Veilig Thuis. :: negated",
    "melden :: Ook wij melden niet bij Veilig Thuis. :: negated",
    "melden :: U kunt melden bij Veilig Thuis. :: weak",
    "melden :: Kun je melden bij Veilig Thuis, doe dat dan. :: weak",
    "melden :: Kunt u melden bij Veilig Thuis? :: strong",
  })
  void qualifier(String pattern, String text, String expected) throws PatternException {
    assertEquals(expected, PatternTest.first(pattern, text));
  }
}
