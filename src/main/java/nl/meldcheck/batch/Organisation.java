package nl.meldcheck.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One organisation found by discovery.
 *
 * @param slug unique, file-name-safe key (the output file names and the resume key)
 * @param name display name
 * @param sector sector, or empty when unknown
 * @param registration registration number (KvK, LRK...), or empty
 * @param documents the candidate meldcode documents (exactly one for an auditable organisation)
 * @param inputs every file whose content decides the result (documents, exports, organisation.yaml), for resume
 * @param problem empty, or why the organisation cannot be audited before reading anything
 * @param exports case exports (CSV, XLSX) audited with the document
 * @param mapping the exports' mapping: a built-in name or a file; empty for the batch default
 * @param decisionMaker the final decision-maker role from organisation.yaml, or empty (the meldcode's own)
 */
public record Organisation(String slug, String name, String sector, String registration, List<Path> documents,
    List<Path> inputs, String problem, List<Path> exports, String mapping, String decisionMaker) {
  /** No candidate document was found. */
  public static final String NO_DOCUMENT = "no_document";
  /** More than one candidate document, and organisation.yaml does not say which. */
  public static final String MULTIPLE_DOCUMENTS = "multiple_documents";

  public Organisation {
    Objects.requireNonNull(slug, "slug");
    name = name == null || name.isBlank() ? slug : name.strip();
    sector = sector == null ? "" : sector.strip();
    registration = registration == null ? "" : registration.strip();
    documents = List.copyOf(documents);
    inputs = List.copyOf(inputs);
    problem = problem == null ? "" : problem;
    exports = List.copyOf(exports);
    mapping = mapping == null ? "" : mapping.strip();
    decisionMaker = decisionMaker == null ? "" : decisionMaker.strip();
  }

  /** An organisation without case exports. */
  public Organisation(String slug, String name, String sector, String registration, List<Path> documents,
      List<Path> inputs, String problem) {
    this(slug, name, sector, registration, documents, inputs, problem, List.of(), "", "");
  }
}
