package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Het landelijke afwegingskader gaat ervan uit dat acute onveiligheid altijd wordt gemeld.",
      "De wetgever gaat er vanuit dat elke organisatie een meldcode heeft.",
      "Volgens het basismodel meldt u structurele onveiligheid altijd.",
      "Volgens de wet moet de organisatie een aandachtsfunctionaris hebben.",
      "De wet stelt dat de meldcode vijf stappen heeft.",
      "Het landelijke model schrijft voor dat stap 5 twee beslissingen kent.",
      "Landelijk geldt sinds 2019 de norm dat bij acute onveiligheid altijd wordt gemeld.",
      "De landelijke norm is dat structurele onveiligheid altijd wordt gemeld.",
      "De landelijke norm in het afwegingskader is dat acute onveiligheid altijd wordt gemeld.",
      "Sommige organisaties vragen altijd of een cliënt kinderen heeft.",
      "De registratie van kinderen van gedetineerden is landelijk in ontwikkeling.",
      "Dat heet de kindcheck.",
      "De kindcheck is bedoeld voor hulpverleners die volwassenen behandelen.",
      "Als een signaal in de Verwijsindex nodig is, doet het wijkteam van de gemeente dat.",
      "Signaleringen in de Verwijsindex laten wij over aan het wijkteam."})
  void reportedNorms(String s) {
    assertTrue(Attribution.reported(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wij melden acute of structurele onveiligheid altijd bij Veilig Thuis.",
      "De aandachtsfunctionaris gaat na of er kinderen in huis wonen.",
      "Volgens afspraak bespreekt u de signalen met de intern begeleider.",
      "De directeur stelt de meldcode vast.",
      "Bij de intake doen wij altijd de kindcheck: dat heet bij ons de kinderparagraaf."})
  void ownStatements(String s) {
    assertFalse(Attribution.reported(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kijken jullie ook naar de kinderen van volwassen patiënten?",
      "**Doet de praktijk een kindcheck?**", "Werkt de school met de Verwijsindex?"})
  void questionsToTheOrganisation(String s) {
    assertTrue(Attribution.asks(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Aanvaarden de betrokkenen de hulp?", "Kan ik passende hulp bieden?",
      "Wij vragen altijd of er kinderen in huis wonen."})
  void afwegingsvragenAndStatementsAreNoQuestionsToTheOrganisation(String s) {
    assertFalse(Attribution.asks(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wegwijzer doet dat een beetje anders.", "In ons dorp werken wij anders.",
      "Daarvan wijken wij bewust af.", "Anders dan de landelijke norm melden wij eerst na overleg met de cliënt.",
      "In afwijking daarvan geldt voor het sociaal team het volgende.",
      "Bij structurele onveiligheid wijken wij hiervan af: zolang het gezin meewerkt, melden wij in principe niet."})
  void deviations(String s) {
    assertTrue(Attribution.deviates(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Daarvan wijken wij niet af.", "Wij doen dat niet anders.",
      "Bij twijfel bel je Veilig Thuis.", "Anders bel je 112."})
  void noDeviations(String s) {
    assertFalse(Attribution.deviates(s), s);
  }
}
