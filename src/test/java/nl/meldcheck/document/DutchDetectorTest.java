package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DutchDetectorTest {
  static final String DUTCH = "Deze meldcode beschrijft hoe medewerkers van onze organisatie handelen"
      + " bij signalen van huiselijk geweld en kindermishandeling. De aandachtsfunctionaris"
      + " ondersteunt de medewerkers bij het zetten van de stappen en bewaakt dat de signalen"
      + " worden vastgelegd in het dossier van de cliënt. Het afwegingskader wordt gebruikt om"
      + " te bepalen of een melding bij Veilig Thuis noodzakelijk is.";
  static final String ENGLISH = "This reporting code describes how the employees of our"
      + " organisation should act when there are signs of domestic violence and child abuse."
      + " The designated officer supports the employees in taking the steps and makes sure that"
      + " the signs are recorded in the file of the client. The assessment framework is used to"
      + " decide whether a report to the authorities is necessary.";
  static final String GERMAN = "Dieser Meldekodex beschreibt, wie die Mitarbeiter unserer"
      + " Organisation bei Anzeichen von häuslicher Gewalt und Kindesmisshandlung handeln sollen."
      + " Die Beauftragte unterstützt die Mitarbeiter bei den Schritten und sorgt dafür, dass die"
      + " Anzeichen in der Akte des Klienten festgehalten werden. Der Rahmen wird verwendet, um"
      + " zu entscheiden, ob eine Meldung notwendig ist.";

  @Test
  void dutchTextIsDutch() {
    assertTrue(DutchDetector.isDutch(DUTCH));
    assertTrue(DutchDetector.dutchShare(DUTCH) > 0.8, "share " + DutchDetector.dutchShare(DUTCH));
  }

  @Test
  void englishAndGermanAreNot() {
    assertFalse(DutchDetector.isDutch(ENGLISH));
    assertTrue(DutchDetector.dutchShare(ENGLISH) < 0.2, "share " + DutchDetector.dutchShare(ENGLISH));
    assertFalse(DutchDetector.isDutch(GERMAN));
  }

  @Test
  void dutchWithAnEnglishQuoteStaysDutch() {
    assertTrue(DutchDetector.isDutch(DUTCH + " " + DUTCH + " " + ENGLISH));
    assertFalse(DutchDetector.isDutch(DUTCH + " " + ENGLISH + " " + ENGLISH));
  }

  @Test
  void shortTextsCountAsDutch() {
    String shortEnglish = "The employees of the organisation act on the signs of abuse.";
    assertTrue(DutchDetector.isDutch(shortEnglish));
    assertTrue(DutchDetector.isDutch(""));
    assertEquals(0.0, DutchDetector.dutchShare(""));
  }

  /** A meldcode written as a bare list of steps and contacts has few function words, and is Dutch. */
  @org.junit.jupiter.api.Test
  void aBareListOfStepsAndContactsIsDutch() {
    String list = String.join("\n", "Meldcode Sportclub De Zwaluw", "1 signalen noteren", "2 overleg VCP Veilig Thuis",
        "3 gesprek ouders", "4 wegen", "5 beslissen melden hulp", "VCP Anne Bos 06-12345678", "Veilig Thuis 0800-2000",
        "Politie 112", "Vertrouwenscontactpersoon Jan Smit 06-98765432", "Bestuur jeugdzaken Piet Jansen 06-11223344",
        "Centrum Veilige Sport 0900-2025590", "Kindertelefoon 0800-0432", "Huisartsenpost 0900-1234567",
        "Wijkteam Zwaluwdorp 088-1234567", "Sportkantine dinsdag donderdag zaterdag");
    org.junit.jupiter.api.Assertions.assertTrue(DutchDetector.isDutch(list));
  }
}
