package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
    "eergerelateerd :: Ook onder onze bewoners kan eergerelateerd geweld voorkomen. :: strong",
    "eergerelateerd :: Eventueel kan aandacht worden besteed aan eergerelateerd geweld. :: weak",
    "melden :: Kun je melden bij Veilig Thuis, doe dat dan. :: weak",
    "melden :: Kunt u melden bij Veilig Thuis? :: strong",
    "aandachtsfunctionaris :: De rol van aandachtsfunctionaris is op dit moment vacant. :: negated",
    "aandachtsfunctionaris :: Er is niemand aangesteld als aandachtsfunctionaris. :: negated",
    "gesprek :: U voert geen gesprek als de veiligheid in gevaar komt. :: strong",
    "melden :: Als de ouders meewerken, melden wij niet. :: strong",
    "meldt :: Lukt dat niet, dan meldt u bij Veilig Thuis. :: strong",
    "vermoeden :: Geen vermoeden -> afsluiten. :: strong",
    "bespreek :: Bespreek de signalen nooit met de familie voordat Veilig Thuis is geraadpleegd. :: strong",
    "gesprek :: Een gesprek is niet altijd mogelijk. :: weak",
    "kindcheck :: De kindcheck valt buiten deze code. :: negated",
    "gesprek :: Het gesprek vindt buiten de groep plaats. :: strong",
    "gemeld :: De directeur beslist of er gemeld wordt of niet. :: strong",
    "noteer :: Vraag je geen advies, noteer dan waarom niet. :: strong",
    "adviesvraag :: Het is dan een adviesvraag en geen melding. :: strong",
    "melding :: Het is dan een adviesvraag en geen melding. :: negated",
    "ouders :: Wij bespreken dit met de ouders en niet met het kind. :: strong",
    "kind :: Wij bespreken dit met de ouders en niet met het kind. :: negated",
    "melden :: De teamleider beslist of we wel of niet melden. :: strong",
    "overzicht :: De school heeft geen eigen overzicht, dat houdt het bestuur bij. :: strong",
    "overzicht :: Het team houdt ook geen eigen overzicht bij van adviesvragen. :: negated",
    "gesprek :: Bij een vermoeden van eergerelateerd geweld wordt het gesprek nooit met de familie gevoerd. :: strong",
    "gesprek :: Bij een vermoeden van eergerelateerd geweld, waaronder huwelijksdwang, gaan wij niet eerst met de familie in gesprek. :: strong",
    "gesprek :: Bij ons wordt het gesprek nooit met de familie gevoerd. :: negated",
    "kindcheck :: Bij de intake voeren wij geen kindcheck uit. :: negated",
    "hulp :: **Kan ik passende hulp bieden?** Zo niet, dan meld ik. :: strong",
    "hulp :: Kan ik passende hulp bieden? Zo niet, dan meld ik. :: strong",
    "hulp :: Er wordt ook gemeld als passende hulp niet mogelijk is. :: strong",
    "hulp :: Er wordt ook gemeld als passende hulp niet mogelijk is of niet wordt aanvaard. :: strong",
    "hulp :: Wij gaan als vereniging niet in op passende hulp. :: negated",
    "hulp :: Kan de praktijk passende hulp bieden of organiseren? d. Werkt de cliënt mee? :: strong",
    "verwijsindex :: Over de Verwijsindex: die gebruiken wij niet. :: negated",
    "gedrag :: Gedrag dat niet past bij de leeftijd is een signaal. :: strong",
    "aandachtsfunctionaris :: Een aandachtsfunctionaris is bij de praktijk (nog) niet benoemd. :: negated",
    "kinderen :: Onze cliënten zijn 65 jaar of ouder en hebben geen minderjarige kinderen in hun zorg. :: negated",
    "kinderen :: Ga na of er geen kinderen thuis wonen. :: strong",
    "melding :: De beslissing om wel of geen melding te doen neemt de directeur. :: strong",
    "slaan :: Wij gaan altijd eerst met u in gesprek en slaan die stap nooit over. :: negated",
    "praat :: Jij praat niet met de ouders over je zorgen. :: negated",
    "gesprek :: Zij voeren nooit alleen een gesprek met de ouders. :: strong",
    "veilig :: Wordt het kind niet blijvend veilig, of keert de onveiligheid terug, dan melden wij opnieuw. :: strong",
  })
  void qualifier(String pattern, String text, String expected) throws PatternException {
    assertEquals(expected, PatternTest.first(pattern, text));
  }

  /** The organisation that "maakt geen gebruik van", "heeft geen", "kent geen": its own practice, a firm denial. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "De school maakt geen gebruik van de Verwijsindex risicojongeren.",
      "De praktijk heeft geen Verwijsindex.",
      "De instelling kent geen Verwijsindex.",
      "Een Verwijsindex is bij Kompasroos niet van toepassing.",
      "De Verwijsindex gebruiken wij in principe niet.",
      "Verwijsindex\nDe school is niet aangesloten op de Verwijsindex."})
  void theOrganisationsOwnDenialIsFirm(String text) throws PatternException {
    List<Evidence> found = PatternTest.index(text).find(Pattern.compile("verwijsindex"), Scope.DOCUMENT);
    assertEquals(1, found.size(), text);
    assertEquals(true, found.get(0).firm(), text);
  }

  /** A hard-wrapped line that goes on in lower case is the same clause; a new line in capitals is not. */
  @org.junit.jupiter.api.Test
  void hardWrappedLinesKeepTheirClause() throws PatternException {
    assertEquals("negated", PatternTest.first("vastleggen", "Wij gaan de signalen niet\nvastleggen."));
    assertEquals("strong", PatternTest.first("vastleggen", "Wij melden niet\nVastleggen doen wij altijd."));
    // a line that ends on an article or preposition goes on, even with a capital
    assertEquals("negated", PatternTest.first("verwijsindex", "Wij zijn niet aangesloten op de\nVerwijsindex."));
  }
}
