package nl.meldcheck.checklist;

import java.util.regex.Pattern;

/** The id formats checklists use; ids are public (reports, waivers, baselines refer to them). */
final class Ids {
  /** Checklist, area and sector ids: "basis", "kinderopvang", "maatschappelijke-opvang". */
  static final String NAME = "[a-z0-9-]+";
  /** Criterion ids: "STAP-2-CONSULTATIE". */
  static final String CRITERION = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
  /** Concept and term ids inside a check: "veilig_thuis_advies". */
  static final String PART_ID = "[a-z][a-z0-9_]*";

  private static final Pattern NAME_RE = Pattern.compile(NAME);
  private static final Pattern CRITERION_RE = Pattern.compile(CRITERION);
  private static final Pattern PART_RE = Pattern.compile(PART_ID);

  private Ids() {}

  static boolean isName(String s) {
    return NAME_RE.matcher(s).matches();
  }

  static boolean isCriterion(String s) {
    return CRITERION_RE.matcher(s).matches();
  }

  static boolean isPartId(String s) {
    return PART_RE.matcher(s).matches();
  }
}
