package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
    "'  Wij  brengen\tde signalen\n in kaart. ' => 'Wij brengen de signalen in kaart.'",
    "'de signa-\nlen' => 'de signalen'",
    "'de signa- \n  len' => 'de signalen'",
    "'Veilig Thuis-\nMelding' => 'Veilig Thuis- Melding'",
    "'zorg\u00ADverlener' => 'zorgverlener'",
    "'0800-2000' => '0800-2000'",
    "'' => ''",
  })
  void displayRepairsBreaksAndCollapsesSpaceButKeepsWording(String in, String out) {
    assertEquals(out, Fold.display(in.replace("\\n", "\n").replace("\\t", "\t")));
  }

  @ParameterizedTest
  @CsvSource({"Cliënt, client", "ﬁnancieel, financieel", "ZORG\u00ADVERLENER, zorgverlener"})
  void foldDropsCaseDiacriticsLigaturesAndSoftHyphens(String in, String out) {
    assertEquals(out, Fold.fold(in));
  }
}
