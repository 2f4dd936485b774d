package nl.meldcheck.checklist;

import java.util.List;

/**
 * Passages that must give a certain outcome for a criterion; the build and {@code meldcheck
 * checklists test} run them.
 */
public record Examples(List<String> pass, List<String> partial, List<String> fail) {
  public static final Examples NONE = new Examples(List.of(), List.of(), List.of());

  public Examples {
    pass = List.copyOf(pass);
    partial = List.copyOf(partial);
    fail = List.copyOf(fail);
  }

  public int size() {
    return pass.size() + partial.size() + fail.size();
  }
}
