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
      "De landelijke norm is dat structurele onveiligheid altijd wordt gemeld."})
  void reportedNorms(String s) {
    assertTrue(Attribution.reported(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wij melden acute of structurele onveiligheid altijd bij Veilig Thuis.",
      "De aandachtsfunctionaris gaat na of er kinderen in huis wonen.",
      "Volgens afspraak bespreekt u de signalen met de intern begeleider.",
      "De directeur stelt de meldcode vast."})
  void ownStatements(String s) {
    assertFalse(Attribution.reported(s), s);
  }
}
