package nl.meldcheck.audit;

/**
 * The total score.
 *
 * @param value 0..100 rounded to one decimal, or -1 when nothing counts
 * @param earned Σ weight × credit
 * @param possible Σ weight over scored criteria
 * @param formula the formula in words, in the report language
 * @param passMark the checklist's pass mark
 */
public record Score(double value, double earned, double possible, String formula, double passMark) {}
