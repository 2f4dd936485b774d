package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects loader problems so a user sees every mistake of a file in one run. They are listed
 * per file (in the order the files were met), then by line and column, as an editor shows them.
 */
final class Problems {
  private record Problem(SourceRef at, String message, int seq) {}

  private final List<Problem> problems = new ArrayList<>();

  void add(SourceRef at, String message) {
    problems.add(new Problem(at, message, problems.size()));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  int size() {
    return problems.size();
  }

  /** Each problem as {@code file:line:col: message}. */
  List<String> list() {
    Map<String, Integer> fileOrder = new LinkedHashMap<>();
    for (Problem p : problems) {
      fileOrder.putIfAbsent(p.at().file(), fileOrder.size());
    }
    return problems.stream()
        .sorted(Comparator.comparingInt((Problem p) -> fileOrder.get(p.at().file()))
            .thenComparingInt(p -> p.at().line()).thenComparingInt(p -> p.at().column())
            .thenComparingInt(Problem::seq))
        .map(p -> p.at() + ": " + p.message()).toList();
  }

  void throwIfAny() throws ChecklistException {
    if (!problems.isEmpty()) {
      throw new ChecklistException(list());
    }
  }
}
