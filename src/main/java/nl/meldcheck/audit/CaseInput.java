package nl.meldcheck.audit;

import java.nio.file.Path;
import java.util.Objects;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.Mapping;

/**
 * One case export to audit with the document.
 *
 * @param export the export file (CSV or XLSX)
 * @param mapping how its columns and values map onto the canonical fields
 * @param options role, norm, pseudonymiser and sheet; the per-case callback is the auditor's
 */
public record CaseInput(Path export, Mapping mapping, CaseOptions options) {
  public CaseInput {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(options, "options");
  }
}
