package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.BitSet;
import nl.meldcheck.match.Region;

/**
 * What a check may know beyond the document.
 *
 * @param asOf the date the audit judges against (dates after it are ignored as plans)
 * @param partialCap most credit a partial outcome earns
 * @param region the sentences that may give evidence (the meldcode context), or null for all
 */
public record CheckContext(LocalDate asOf, double partialCap, Region region) {
  /** Every sentence may give evidence. */
  public CheckContext(LocalDate asOf, double partialCap) {
    this(asOf, partialCap, null);
  }

  /** The region's sentences, or null for all. */
  BitSet sentences() {
    return region == null ? null : region.sentences();
  }
}
