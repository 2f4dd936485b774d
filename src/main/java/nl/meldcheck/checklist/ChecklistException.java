package nl.meldcheck.checklist;

import java.util.List;

/**
 * A checklist that cannot be used. Carries every problem found, each as
 * {@code file:line:col: message}, so a user fixes them all in one round.
 */
public final class ChecklistException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ChecklistException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ChecklistException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, each {@code file:line:col: message}, in the order they were found. */
  public List<String> problems() {
    return problems;
  }
}
