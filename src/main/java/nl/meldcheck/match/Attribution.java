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
          + "|\\bvolgens (het|de) (landelijke?|wet|wettelijke?|basismodel|model|branche|rijksoverheid|overheid|inspectie)"
          + "|\\b(het|de) (landelijke?|wettelijke?|nationale?) [a-z-]+ (zegt|stelt|schrijft|vraagt|eist|verwacht|noemt)\\b"
          + "|\\b(de wet|de wetgever|het basismodel|de overheid|de rijksoverheid|de inspectie) "
          + "(zegt|stelt|schrijft|vraagt|eist|verwacht)\\b");

  private Attribution() { }

  /** True when the passage attributes its statement to another party. */
  public static boolean reported(String passage) {
    return REPORTED.matcher(Fold.fold(passage)).find();
  }
}
