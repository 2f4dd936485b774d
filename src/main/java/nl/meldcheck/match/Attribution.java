package nl.meldcheck.match;

import java.util.regex.Pattern;

/**
 * Whether a passage reports what someone else holds (the law, the national framework, a model)
 * rather than what the organisation itself does. "Het landelijke afwegingskader gaat ervan uit dat
 * acute onveiligheid altijd tot een melding leidt" followed by "Wij melden ... alleen wanneer ..."
 * is a deviation, not a contradiction: the reported norm does not outweigh the organisation's own
 * denial of it. Without such a denial a reported norm still counts, because many meldcodes state
 * their rules as "volgens de wet moet u ...".
 */
public final class Attribution {
  private static final Pattern REPORTED = Pattern.compile(
      "\\b(gaat|gaan) er ?van ?uit dat\\b"
          + "|\\blandelijk\\w* (geldt|gelden|is|zijn)\\b|\\b(geldt|gelden) (landelijk|wettelijk)"
          + "|\\b(de|het) (landelijke?|wettelijke?) (norm|regel|uitgangspunt|afspraak) (is|luidt|geldt)\\b"
          + "|\\b(de|het) (landelijke?|wettelijke?) (norm|regel|uitgangspunt|afspraak) (in|van|uit) [^.;]{0,40}\\b(is|luidt) dat\\b"
          + "|\\bvolgens (het|de) (landelijke?|wet|wettelijke?|basismodel|model|branche|rijksoverheid|overheid|inspectie)"
          + "|\\b(het|de) (landelijke?|wettelijke?|nationale?) [a-z-]+ (zegt|stelt|schrijft|vraagt|eist|verwacht|noemt)\\b"
          + "|\\b(de wet|de wetgever|het basismodel|de overheid|de rijksoverheid|de inspectie) "
          + "(zegt|stelt|schrijft|vraagt|eist|verwacht)\\b"
          // what others do ("sommige organisaties vragen altijd ...") or what is still being built
          + "|\\b(sommige|andere|veel|vele) (organisaties|instellingen|praktijken|scholen|zorgaanbieders|zorgverleners)\\b"
          + "|\\b(landelijk|nog) in ontwikkeling\\b"
          // a task left to another organisation ("..., doet het wijkteam van de gemeente dat")
          + "|\\b(doet|doen|regelt|regelen) (het|de) (wijkteam|buurtteam|sociaal team|gemeente|huisarts|ggd|politie)\\b"
          // ... or left to it ("Signaleringen in de Verwijsindex laten wij over aan het wijkteam")
          + "|\\b(laten|laat) (wij|we|ik|de \\w+|het \\w+) [^.;]{0,40}\\bover aan\\b|\\boverlaten aan\\b|\\bovergelaten aan\\b"
          // a definition names a practice, it does not say the organisation has it ("Dat heet de kindcheck.")
          + "|^(dat|dit|zo'?n \\w+) (heet|heten|noemen (we|wij|ze))\\b"
          + "|^(de|het|een) \\w+ (is|zijn) bedoeld voor\\b");

  private Attribution() { }

  /** True when the passage attributes its statement to another party. */
  public static boolean reported(String passage) {
    return REPORTED.matcher(Fold.fold(passage)).find();
  }

  /**
   * True when the passage only asks the organisation: a question in a FAQ ("Kijken jullie ook naar de kinderen van
   * volwassen patiënten?") states nothing the organisation does, so its own answer ("Een kindcheck
   * doen wij niet.") decides.
   */
  public static boolean asks(String passage) {
    String t = passage.strip();
    while (!t.isEmpty() && "*_\"'\u201D\u00BB)".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    // a question to the organisation, not an afwegingsvraag ("Aanvaarden de betrokkenen de hulp?")
    return t.endsWith("?") && ASKED.matcher(Fold.fold(t)).find();
  }

  /**
   * True when the sentence says the organisation does otherwise ("Wegwijzer doet dat een beetje
   * anders.", "In ons dorp werken wij anders.", "Daarvan wijken wij af."): right after a reported
   * norm it is the organisation's own deviation from it.
   */
  public static boolean deviates(String sentence) {
    // only a negation inside the deviating phrase undoes it ("wij doen dat niet anders"); the
    // deviation itself may go on with one ("wijken wij hiervan af: ... melden wij niet")
    java.util.regex.Matcher m = DEVIATES.matcher(Fold.fold(sentence));
    while (m.find()) {
      if (!NEGATION.matcher(m.group()).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DEVIATES = Pattern.compile(
      "\\b(doe|doet|doen|werk|werkt|werken|handel|handelt|handelen|pak|pakt|pakken|regel|regelt|regelen|gaat|gaan)\\b"
          + "[^.;]*\\banders\\b"
          + "|\\banders dan (de|het) (landelijke?|wettelijke?|norm|model|basismodel)"
          + "|\\bin afwijking (daarvan|hiervan|van)\\b"
          + "|\\b(wijk|wijkt|wijken)\\b[^.;]*\\b(hier|daar)van af\\b"
          + "|\\b(hier|daar)van (wijk|wijkt|wijken)\\b[^.;]*\\baf\\b");
  private static final Pattern NEGATION = Pattern.compile("\\b(niet|geen|nooit)\\b");

  private static final Pattern ASKED = Pattern.compile("\\bjullie\\b"
      + "|\\b(doet|doen|werkt|werken|kijkt|kijken|heeft|hebben) (de|het|onze|uw) "
      + "(school|praktijk|organisatie|instelling|opvang|vereniging|stichting)\\b");
}
