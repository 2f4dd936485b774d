package nl.meldcheck.cases;

/**
 * Days from signal to decision over the cases that have both dates in order (the figure
 * CASE-DOORLOOPTIJD reports even without a norm). Median and 90th percentile come from a
 * per-day histogram, so they are exact and cost constant memory.
 *
 * @param cases cases with a lead time
 * @param medianDays median in days, or null when there are no cases
 * @param p90Days 90th percentile in days, or null
 * @param maxDays longest, or null
 * @param normDays the organisation's norm, or null (informational)
 * @param overNorm cases over the norm (0 without a norm)
 */
public record LeadTime(long cases, Integer medianDays, Integer p90Days, Integer maxDays,
    Integer normDays, long overNorm) {}
