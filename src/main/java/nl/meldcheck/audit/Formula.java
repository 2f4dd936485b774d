package nl.meldcheck.audit;

import nl.meldcheck.checklist.Lang;
import nl.meldcheck.scoring.Scoring;

/** The score formula in words, with the numbers filled in, as every report prints it. */
final class Formula {
  private Formula() {}

  static String describe(Scoring.Total t, double partialCap, Lang lang) {
    return describe(t, partialCap, false, lang);
  }

  /** With case criteria, whose partial credit is the share of passing cases (not capped). */
  static String describe(Scoring.Total t, double partialCap, boolean cases, Lang lang) {
    String cap = num(partialCap, lang) + (cases ? (lang == Lang.EN ? "; case criteria: the share of passing cases"
        : "; dossiercriteria: het aandeel voldane dossiers") : "");
    if (lang == Lang.EN) {
      String base = "score = 100 × Σ(weight × credit) / Σ(weight) over criteria that are not n/a or waived;"
          + " credit: pass 1, partial the found fraction (at most " + cap + "), fail/review/error 0";
      return t.value() < 0 ? base : base + " = 100 × " + num(t.earned(), lang) + " / " + num(t.possible(), lang)
          + " = " + num(t.value(), lang);
    }
    String base = "score = 100 × Σ(gewicht × krediet) / Σ(gewicht) over criteria die niet n.v.t. of vrijgesteld zijn;"
        + " krediet: voldaan 1, deels het gevonden deel (hoogstens " + cap + "), niet voldaan/beoordelen/fout 0";
    return t.value() < 0 ? base : base + " = 100 × " + num(t.earned(), lang) + " / " + num(t.possible(), lang)
        + " = " + num(t.value(), lang);
  }

  static String num(double v, Lang lang) {
    String s;
    if (v == Math.rint(v)) {
      s = String.valueOf((long) v);
    } else {
      s = java.math.BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
    return lang == Lang.NL ? s.replace('.', ',') : s;
  }
}
