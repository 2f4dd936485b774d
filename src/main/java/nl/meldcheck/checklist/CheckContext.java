package nl.meldcheck.checklist;

import java.time.LocalDate;

/**
 * What a check may know beyond the document.
 *
 * @param asOf the date the audit judges against (dates after it are ignored as plans)
 * @param partialCap most credit a partial outcome earns
 */
public record CheckContext(LocalDate asOf, double partialCap) {}
