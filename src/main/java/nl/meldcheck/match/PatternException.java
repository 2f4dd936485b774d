package nl.meldcheck.match;

/** A phrase pattern that cannot be compiled; {@code column} is 1-based within the pattern. */
public final class PatternException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int column;

  public PatternException(String message, int column) {
    super(message);
    this.column = column;
  }

  public int column() {
    return column;
  }
}
