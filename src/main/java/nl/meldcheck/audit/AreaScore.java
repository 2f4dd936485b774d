package nl.meldcheck.audit;

/**
 * The score of one area, same formula as the total.
 *
 * @param id area id
 * @param title area title
 * @param score 0..100, or -1 when no criterion of the area counts (all not applicable/waived)
 * @param earned Σ weight × credit
 * @param possible Σ weight
 * @param counted number of criteria that count
 */
public record AreaScore(String id, String title, double score, double earned, double possible, int counted) {}
