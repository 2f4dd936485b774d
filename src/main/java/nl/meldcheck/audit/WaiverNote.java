package nl.meldcheck.audit;

/**
 * A waiver as it bears on one criterion: applied (outcome waived), expired, or not yet valid.
 *
 * @param status "applied", "expired" or "not_yet_valid"
 * @param justification why the criterion is waived
 * @param approver who approved it
 * @param granted first day it holds (ISO date)
 * @param expires last day it holds (ISO date)
 * @param judged the outcome code the criterion got before the waiver
 */
public record WaiverNote(
    String status, String justification, String approver, String granted, String expires, String judged) {}
