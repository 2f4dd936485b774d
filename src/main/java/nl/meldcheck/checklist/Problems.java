package nl.meldcheck.checklist;

import java.util.ArrayList;
import java.util.List;

/** Collects loader problems so a user sees every mistake of a file in one run. */
final class Problems {
  private final List<String> messages = new ArrayList<>();

  void add(SourceRef at, String message) {
    messages.add(at + ": " + message);
  }

  void addAll(List<String> more) {
    messages.addAll(more);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  int size() {
    return messages.size();
  }

  List<String> list() {
    return List.copyOf(messages);
  }

  void throwIfAny() throws ChecklistException {
    if (!messages.isEmpty()) {
      throw new ChecklistException(messages);
    }
  }
}
