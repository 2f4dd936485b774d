package nl.meldcheck.checklist;

/** Where something was defined: file and 1-based line and column, for error messages. */
public record SourceRef(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
