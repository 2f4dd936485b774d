package nl.meldcheck.checklist;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded decision that a criterion need not be met, for a while, with who decided and why.
 *
 * @param criterion the criterion id
 * @param scope whether it holds for the whole organisation or one document
 * @param document for scope DOCUMENT: the document's file name or SHA-256; null otherwise
 * @param justification why the criterion is waived
 * @param approver who approved it (a role or name of staff, never a client)
 * @param granted from which date it holds
 * @param expires the last date it holds; from the day after, the criterion counts again
 * @param source where in the waiver file it is written
 */
public record Waiver(
    String criterion,
    Scope scope,
    String document,
    String justification,
    String approver,
    LocalDate granted,
    LocalDate expires,
    SourceRef source) {
  /** What a waiver covers. */
  public enum Scope { ORGANISATION, DOCUMENT }

  public Waiver {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(expires, "expires");
  }

  /** Whether the waiver covers a document with this file name and SHA-256. */
  public boolean covers(String fileName, String sha256) {
    return scope == Scope.ORGANISATION || document.equals(fileName) || document.equalsIgnoreCase(sha256);
  }

  /** Whether it holds on {@code date}. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(granted) && !date.isAfter(expires);
  }
}
