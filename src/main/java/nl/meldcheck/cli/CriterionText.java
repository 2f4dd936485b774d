package nl.meldcheck.cli;

import java.util.List;
import java.util.stream.Collectors;
import nl.meldcheck.checklist.Check;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Concept;
import nl.meldcheck.checklist.ConceptsCheck;
import nl.meldcheck.checklist.Criterion;
import nl.meldcheck.checklist.DateCheck;
import nl.meldcheck.checklist.ForbiddenCheck;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.SectionCheck;
import nl.meldcheck.checklist.Term;
import nl.meldcheck.match.Pattern;

/** Plain-text views of checklist content for {@code explain} and {@code checklists show}. */
final class CriterionText {
  private CriterionText() {}

  static String explain(Checklist cl, Criterion c, Lang lang) {
    boolean nl = lang == Lang.NL;
    StringBuilder sb = new StringBuilder();
    sb.append(c.id()).append(" — ").append(c.title().get(lang)).append('\n');
    sb.append(nl ? "Checklist:     " : "Checklist:     ").append(cl.id()).append(' ').append(cl.version()).append('\n');
    String area = cl.area(c.area()).map(a -> a.title().get(lang)).orElse(c.area());
    sb.append(nl ? "Onderdeel:     " : "Area:          ").append(area).append('\n');
    sb.append(nl ? "Zwaarte:       " : "Severity:      ").append(c.severity().code())
        .append(nl ? " (gewicht " : " (weight ").append(fmt(c.weight())).append(")\n");
    if (!c.basis().isBlank()) {
      sb.append(nl ? "Grondslag:     " : "Basis:         ").append(c.basis()).append('\n');
    }
    sb.append(nl ? "Geldt voor:    " : "Applies to:    ").append(applies(c, nl)).append('\n');
    sb.append(nl ? "Vrijstelbaar:  " : "Waivable:      ").append(c.waivable() ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")).append('\n');
    sb.append('\n').append(nl ? "Gezocht naar:" : "Looked for:").append('\n');
    sb.append("  ").append((c.lookedFor() != null ? c.lookedFor() : c.check().describe()).get(lang)).append('\n');
    sb.append('\n').append(nl ? "Hoe het wordt beoordeeld (" : "How it is judged (").append(c.check().type()).append("):\n");
    sb.append(howJudged(c.check(), lang));
    sb.append('\n').append(nl ? "Advies als het ontbreekt:" : "Advice when missing:").append('\n');
    sb.append("  ").append(c.advice().get(lang)).append('\n');
    if (c.examples().size() > 0) {
      sb.append('\n').append(nl ? "Voorbeelden:" : "Examples:").append('\n');
      examples(sb, "pass", c.examples().pass());
      examples(sb, "partial", c.examples().partial());
      examples(sb, "review", c.examples().review());
      examples(sb, "fail", c.examples().fail());
    }
    return sb.toString();
  }

  private static void examples(StringBuilder sb, String kind, List<String> list) {
    for (String e : list) {
      sb.append("  [").append(kind).append("] ").append(e.replace('\n', ' ')).append('\n');
    }
  }

  private static String applies(Criterion c, boolean nl) {
    var a = c.applicability();
    if (!a.conditional()) {
      return nl ? "alle sectoren" : "all sectors";
    }
    StringBuilder sb = new StringBuilder();
    if (!a.only().isEmpty()) {
      sb.append(String.join(", ", a.only()));
    } else {
      sb.append(nl ? "alle sectoren" : "all sectors");
    }
    if (!a.except().isEmpty()) {
      sb.append(nl ? ", niet: " : ", not: ").append(String.join(", ", a.except()));
    }
    return sb.toString();
  }

  private static String howJudged(Check check, Lang lang) {
    boolean nl = lang == Lang.NL;
    StringBuilder sb = new StringBuilder();
    if (check instanceof ConceptsCheck cc) {
      if (!cc.scope().sections().isEmpty()) {
        sb.append(nl ? "  Gezocht onder koppen als: " : "  Looked for under headings like: ")
            .append(patterns(cc.scope().sections())).append('\n');
      }
      for (Concept k : cc.concepts()) {
        sb.append("  - ").append(k.label().get(lang));
        if (k.partialOnly()) {
          sb.append(nl ? " (geeft alleen 'deels')" : " (gives 'partial' only)");
        }
        sb.append(": ").append(patterns(k.patterns())).append('\n');
      }
      String all = cc.passMin() > 0
          ? (nl ? cc.passMin() + " of meer gevonden" : cc.passMin() + " or more found")
          : (nl ? "Alles gevonden" : "All found");
      sb.append(nl ? "  " + all + ": voldaan; een deel: deels; uitdrukkelijk ontkend: ontbreekt (de ontkenning wordt"
              + " geciteerd); gezegd én ontkend, of alleen vrijblijvend: beoordelen.\n"
          : "  " + all + ": pass; some: partial; explicitly denied: missing (the denial is quoted); stated and denied,"
              + " or only optional wording: review.\n");
      sb.append(nl ? "  Alleen zinnen over signalen van huiselijk geweld of kindermishandeling en de aanpak ervan tellen;"
              + " zinnen over een ander onderwerp (pesten, datalekken, ongevallen ...) niet.\n"
          : "  Only sentences about signals of domestic violence or child abuse and how to act on them count;"
              + " sentences on another topic (bullying, data breaches, accidents ...) do not.\n");
    } else if (check instanceof ForbiddenCheck fc) {
      for (Term t : fc.terms()) {
        sb.append("  - ").append(t.label().get(lang)).append(": ").append(patterns(t.patterns()));
        if (t.replacement() != null) {
          sb.append(" → ").append(t.replacement().get(lang));
        }
        sb.append('\n');
      }
      if (!fc.unless().isEmpty()) {
        sb.append(nl ? "  Niet geteld in zinnen met: " : "  Not counted in sentences with: ")
            .append(patterns(fc.unless())).append('\n');
      }
      sb.append(nl ? "  Elke vondst wordt geciteerd; een vondst is: niet voldaan.\n"
          : "  Every hit is quoted; any hit: fail.\n");
    } else if (check instanceof SectionCheck sc) {
      sb.append("  ").append(patterns(sc.headings())).append('\n');
    } else if (check instanceof DateCheck dc) {
      sb.append(nl ? "  Niet voor: " : "  Not before: ").append(dc.notBefore()).append('\n');
      sb.append(nl ? "  Datum naast: " : "  Date next to: ").append(patterns(dc.cues())).append('\n');
    }
    return sb.toString();
  }

  private static String patterns(List<Pattern> ps) {
    return ps.stream().map(p -> "\"" + p.source() + "\"").collect(Collectors.joining(", "));
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
