package nl.meldcheck.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.Lang;
import nl.meldcheck.checklist.Review;
import nl.meldcheck.checklist.Waiver;

/**
 * One audit to run.
 *
 * @param document the meldcode document
 * @param displayPath the path as the user wrote it (for reports)
 * @param checklist the resolved checklist
 * @param sector the organisation's sector, if known
 * @param asOf the date to judge against
 * @param lang report language
 * @param waivers waivers to apply (already validated against the checklist)
 * @param reviews people's decisions on earlier review outcomes
 * @param cases case exports to audit with the document (may be empty)
 * @param keepCases true to list every case's outcomes in the report (per-case formats: csv,
 *     xlsx); memory then grows with the rows
 */
public record AuditRequest(
    Path document, String displayPath, Checklist checklist, Optional<String> sector, LocalDate asOf, Lang lang,
    List<Waiver> waivers,
    List<Review> reviews,
    List<CaseInput> cases,
    boolean keepCases) {
  public AuditRequest {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(checklist, "checklist");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(lang, "lang");
    displayPath = displayPath == null ? document.toString() : displayPath;
    waivers = List.copyOf(waivers);
    reviews = List.copyOf(reviews);
    cases = List.copyOf(cases);
  }

  /** A request without case exports. */
  public AuditRequest(Path document, String displayPath, Checklist checklist, Optional<String> sector, LocalDate asOf,
      Lang lang, List<Waiver> waivers, List<Review> reviews) {
    this(document, displayPath, checklist, sector, asOf, lang, waivers, reviews, List.of(), false);
  }

  /** A request without waivers. */
  public AuditRequest(Path document, String displayPath, Checklist checklist, Optional<String> sector, LocalDate asOf,
      Lang lang) {
    this(document, displayPath, checklist, sector, asOf, lang, List.of(), List.of(), List.of(), false);
  }
}
