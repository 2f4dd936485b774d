package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldcheck.document.Block;
import nl.meldcheck.document.BlockKind;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentFormat;
import nl.meldcheck.match.DocumentIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionMakerTest {
  static DocumentIndex index(String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, p, List.of(), 0, 0, 0));
    }
    return DocumentIndex.of(new Document("t", DocumentFormat.TXT, blocks, 0, Map.of(), "0"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "De aandachtsfunctionaris neemt het besluit over een melding bij Veilig Thuis.|aandachtsfunctionaris",
      "Het besluit om te melden wordt genomen door de directeur.|directeur",
      "De teamleider wijkverpleging is eindverantwoordelijk voor de beslissing om te melden.|teamleider",
      "De teamcoördinator besluit uiteindelijk of er gemeld wordt.|coordinator",
      "De zorgcoördinator beslist over de melding.|zorgcoordinator",
      "Eindverantwoordelijk voor het besluit is de locatiemanager.|locatiemanager",
      "De locatiedirecteur beslist of er gemeld wordt.|directeur",
  })
  void findsTheRoleThatDecides(String sentence, String role) {
    Optional<DecisionMaker.Found> found = DecisionMaker.find(index("Stap 5: beslissen.", sentence));
    assertTrue(found.isPresent(), sentence);
    assertEquals(role, found.get().role());
    assertTrue(found.get().evidence().quote().contains(sentence.substring(0, 12)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a role near 'besluit' is no decision-maker
      "De aandachtsfunctionaris adviseert; het besluit volgt in stap 5.",
      // a negated statement names who does NOT decide
      "De beroepskracht neemt niet zelf het besluit.",
      "Veilig Thuis geeft advies bij twijfel.",
  })
  void findsNoneWhereNoRoleIsNamedAsDecider(String sentence) {
    assertEquals(Optional.empty(), DecisionMaker.find(index(sentence)));
  }

  @org.junit.jupiter.api.Test
  void aTieNamesNobody() {
    assertEquals(Optional.empty(), DecisionMaker.find(index(
        "De directeur beslist over een melding.", "De teamleider neemt het besluit over een melding.")));
  }
}
