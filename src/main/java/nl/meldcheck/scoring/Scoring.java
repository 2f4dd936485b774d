package nl.meldcheck.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.meldcheck.checklist.Outcome;
import nl.meldcheck.checklist.Severity;

/**
 * The score model of the architecture page, as pure functions:
 * {@code score = 100 × Σ(weight × credit) / Σ(weight)} over criteria that are neither
 * not_applicable nor waived; credit 1 for pass, the found fraction for partial (capped by the
 * checklist), 0 for fail, review and error.
 */
public final class Scoring {
  private Scoring() {}

  /**
   * What scoring needs to know of one criterion.
   *
   * @param id criterion id
   * @param severity severity
   * @param weight weight
   * @param outcome outcome
   * @param credit credit 0..1 as the check gave it
   */
  public record Item(String id, Severity severity, double weight, Outcome outcome, double credit) {}

  /**
   * A score.
   *
   * @param value 0..100 rounded to one decimal, or -1 when nothing counts
   * @param earned Σ weight × credit
   * @param possible Σ weight
   * @param counted number of criteria that count
   */
  public record Total(double value, double earned, double possible, int counted) {}

  /** A fix and the points it would add. */
  public record Gain(String id, double points) {}

  /** The credit an outcome earns; partial keeps its (already capped) credit. */
  public static double credit(Outcome outcome, double credit) {
    return switch (outcome) {
      case PASS -> 1.0;
      case PARTIAL -> Math.max(0.0, Math.min(1.0, credit));
      default -> 0.0;
    };
  }

  public static Total total(List<Item> items) {
    double earned = 0;
    double possible = 0;
    int counted = 0;
    for (Item i : items) {
      if (!i.outcome().scored()) {
        continue;
      }
      earned += i.weight() * credit(i.outcome(), i.credit());
      possible += i.weight();
      counted++;
    }
    double value = possible == 0 ? -1 : round1(100.0 * earned / possible);
    return new Total(value, round3(earned), round3(possible), counted);
  }

  /** The verdict rules; {@code judged} is false when the input could not be read. */
  public static Verdict verdict(boolean judged, Total total, double passMark, List<Item> items) {
    if (!judged || total.value() < 0) {
      return Verdict.NOT_JUDGED;
    }
    boolean criticalFails = false;
    boolean criticalDoubt = false;
    for (Item i : items) {
      if (i.severity() != Severity.CRITICAL) {
        continue;
      }
      switch (i.outcome()) {
        case FAIL, ERROR -> criticalFails = true;
        case PARTIAL, REVIEW -> criticalDoubt = true;
        default -> { }
      }
    }
    if (total.value() < passMark || criticalFails) {
      return Verdict.NON_COMPLIANT;
    }
    return criticalDoubt ? Verdict.PARTLY_COMPLIANT : Verdict.COMPLIANT;
  }

  /** The verdicts, independent of the report model's labels. */
  public enum Verdict { COMPLIANT, PARTLY_COMPLIANT, NON_COMPLIANT, NOT_JUDGED }

  /**
   * The criteria whose full pass would raise the score most, best first (ties by id), at most
   * {@code limit}.
   */
  public static List<Gain> bestFixes(List<Item> items, int limit) {
    Total t = total(items);
    List<Gain> gains = new ArrayList<>();
    if (t.possible() <= 0) {
      return gains;
    }
    for (Item i : items) {
      if (!i.outcome().scored()) {
        continue;
      }
      double missing = i.weight() * (1.0 - credit(i.outcome(), i.credit()));
      if (missing > 1e-9) {
        gains.add(new Gain(i.id(), round1(100.0 * missing / t.possible())));
      }
    }
    gains.sort(Comparator.comparingDouble(Gain::points).reversed().thenComparing(Gain::id));
    return gains.size() > limit ? List.copyOf(gains.subList(0, limit)) : List.copyOf(gains);
  }

  /** True when any scored criterion of {@code severity} or worse failed. */
  public static boolean failsAtOrAbove(List<Item> items, Severity severity) {
    for (Item i : items) {
      if (i.severity().atLeast(severity) && (i.outcome() == Outcome.FAIL || i.outcome() == Outcome.ERROR)) {
        return true;
      }
    }
    return false;
  }

  static double round1(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
