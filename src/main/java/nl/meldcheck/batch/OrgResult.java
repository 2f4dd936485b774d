package nl.meldcheck.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One organisation's row: what results.jsonl holds and every summary shows. Either a verdict or,
 * when the input could not be judged, the reason in {@code status} and {@code message}.
 *
 * @param slug the organisation's key (see {@link Organisation#slug()})
 * @param name display name
 * @param sector sector or empty
 * @param registration registration number or empty
 * @param document the audited document as given, or empty
 * @param status "ok", an input status code (timeout, too_large, corrupt...), or a discovery problem
 * @param verdict verdict code (voldoet, voldoet_deels, voldoet_niet, niet_beoordeeld)
 * @param score total score 0-100, or null when not judged
 * @param message the reason when not judged (or a remark), else empty
 * @param areas score per area id, checklist order
 * @param outcomes outcome code per criterion id, checklist order
 * @param inputHash SHA-256 over the organisation's inputs (resume key)
 * @param checklistKey checklist id, version and file hash (resume key)
 * @param casesStatus empty without case exports, "ok" when every export was read, else the first
 *     export's reason (config, encrypted, malformed...)
 * @param caseRates pass rate per case criterion over the organisation's cases (null where fewer
 *     than 5 were judged), criterion order; empty without readable exports
 */
public record OrgResult(String slug, String name, String sector, String registration, String document,
    String status, String verdict, Double score, String message, Map<String, Double> areas,
    Map<String, String> outcomes, String inputHash, String checklistKey, String casesStatus,
    Map<String, Double> caseRates) {
  public OrgResult {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(verdict, "verdict");
    name = name == null ? slug : name;
    sector = sector == null ? "" : sector;
    registration = registration == null ? "" : registration;
    document = document == null ? "" : document;
    message = message == null ? "" : message;
    areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas == null ? Map.of() : areas));
    outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes == null ? Map.of() : outcomes));
    inputHash = inputHash == null ? "" : inputHash;
    checklistKey = checklistKey == null ? "" : checklistKey;
    casesStatus = casesStatus == null ? "" : casesStatus;
    // LinkedHashMap, not Map.copyOf: a rate over too few cases is a null value
    caseRates = Collections.unmodifiableMap(new LinkedHashMap<>(caseRates == null ? Map.of() : caseRates));
  }

  /** A row without case exports. */
  public OrgResult(String slug, String name, String sector, String registration, String document,
      String status, String verdict, Double score, String message, Map<String, Double> areas,
      Map<String, String> outcomes, String inputHash, String checklistKey) {
    this(slug, name, sector, registration, document, status, verdict, score, message, areas, outcomes, inputHash,
        checklistKey, "", Map.of());
  }

  /** True when a case export was given and could not be read (exit code 3, like an unreadable document). */
  public boolean casesUnread() {
    return !casesStatus.isEmpty() && !casesStatus.equals("ok");
  }

  /**
   * True when this organisation's document or case export could not be read or judged: what makes
   * a batch exit with 3, and what the progress line counts as an input problem.
   */
  public boolean inputProblem() {
    return !status.equals("ok") || casesUnread();
  }

  /** Status of an organisation the batch did not get to (interrupted); never written to results.jsonl. */
  public static final String NOT_RUN = "not_run";

  /** True when the input was read and judged ("ok" or "not_meldcode"). */
  public boolean readable() {
    return status.equals("ok") || status.equals("not_meldcode");
  }
}
