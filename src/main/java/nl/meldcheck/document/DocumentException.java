package nl.meldcheck.document;

import java.util.Objects;

/**
 * A document could not be read. The message is for the user: it names the file and says what to
 * do; it never carries a stack trace into the report.
 */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ReadProblem problem;

  public DocumentException(ReadProblem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem);
  }

  public DocumentException(ReadProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem);
  }

  public ReadProblem problem() {
    return problem;
  }
}
