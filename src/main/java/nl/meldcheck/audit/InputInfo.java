package nl.meldcheck.audit;

/**
 * The audited document and whether it could be judged.
 *
 * @param path the path as given by the user
 * @param format detected format code (pdf, docx, ...), or empty when unknown
 * @param status input status
 * @param message user-facing explanation when status is not OK, else empty
 * @param pages page count for paged formats, else 0
 * @param blocks number of text blocks read
 * @param characters characters of text read
 * @param sha256 hex SHA-256 of the file, or empty when unreadable
 */
public record InputInfo(
    String path,
    String format,
    InputStatus status,
    String message,
    int pages,
    int blocks,
    int characters,
    String sha256) {}
