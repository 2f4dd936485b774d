package nl.meldcheck.checklist;

import java.util.List;

/**
 * Passages that must give a certain outcome for a criterion; the build and {@code meldcheck
 * checklists test} run them.
 *
 * @param pass passages that must pass
 * @param partial passages that must give a partial
 * @param review passages a person must look at (weak or negated wording)
 * @param fail passages that must fail
 */
public record Examples(List<String> pass, List<String> partial, List<String> review, List<String> fail) {
  public static final Examples NONE = new Examples(List.of(), List.of(), List.of(), List.of());

  public Examples {
    pass = List.copyOf(pass);
    partial = List.copyOf(partial);
    review = List.copyOf(review);
    fail = List.copyOf(fail);
  }

  public int size() {
    return pass.size() + partial.size() + review.size() + fail.size();
  }
}
