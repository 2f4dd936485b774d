package nl.meldcheck.cases;

import java.util.List;

/**
 * The mapping or the way it meets the export is wrong: a mapping file with errors, a mapped
 * column the export lacks, a sheet that does not exist, an unusable pseudonymisation key. The
 * user fixes configuration, not data (exit code 2 on the command line). Messages are Dutch, one
 * per problem, each naming the file and where possible line and column or the column name.
 */
public final class CasesConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public CasesConfigException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CasesConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public CasesConfigException(String problem) {
    this(List.of(problem));
  }

  /** The problems in the order found. */
  public List<String> problems() {
    return problems;
  }
}
