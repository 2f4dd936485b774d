package nl.meldcheck.cases;

import java.util.Objects;

/**
 * The export itself cannot be audited: empty, only a header, encrypted, not a CSV or XLSX at
 * all, structurally broken or a zip bomb. The message (Dutch) names the file and, where there
 * is one, the row; it never quotes cell contents. {@link #reason()} lets the command line choose the exit
 * code (an encrypted workbook is exit 3 in the issue).
 */
public final class CasesInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the export cannot be read. */
  public enum Reason {
    /** 0 bytes, or nothing but blank lines. */
    EMPTY,
    /** A header row and no case rows. */
    NO_ROWS,
    /** A password-protected (encrypted) Office file. */
    ENCRYPTED,
    /** Some other kind of file: PDF, old .xls, other binary. */
    NOT_AN_EXPORT,
    /** CSV or XLSX whose structure breaks off (an unclosed quote, damaged XML). */
    MALFORMED,
    /** The file cannot be read at all (missing, no permission, I/O error). */
    UNREADABLE,
    /** An XLSX that would unpack to far more than it is (a zip bomb): refused unopened. */
    TOO_LARGE
  }

  private final Reason reason;

  public CasesInputException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason);
  }

  public CasesInputException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason);
  }

  public Reason reason() {
    return reason;
  }
}
