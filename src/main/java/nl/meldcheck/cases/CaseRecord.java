package nl.meldcheck.cases;

import java.time.LocalDate;

/**
 * One row mapped onto the canonical fields, reused row after row by the reader (one instance per
 * run keeps the streaming garbage-free). Values are strings (codes, roles, groups, id) or
 * {@link LocalDate}s; each field also has a state, because "not in the mapping", "empty" and
 * "unreadable" lead to different verdicts.
 */
final class CaseRecord {
  enum State { UNMAPPED, EMPTY, VALUE, UNREADABLE }

  private static final Field[] FIELDS = Field.values();

  long row;
  /** False when the row as a whole cannot be judged (duplicate id, too many fields). */
  boolean judgeable;
  /** Why the row as a whole is not judged (when {@link #judgeable} is false). */
  String notJudgedReason;
  String notJudgedReasonEn;
  boolean hasProblems;
  final Object[] values = new Object[FIELDS.length];
  final State[] states = new State[FIELDS.length];
  /** Export column of each mapped field, for "kolom X onleesbaar" reasons. */
  final String[] columns = new String[FIELDS.length];

  void reset(long rowNumber, State[] base) {
    row = rowNumber;
    judgeable = true;
    notJudgedReason = null;
    notJudgedReasonEn = null;
    hasProblems = false;
    java.util.Arrays.fill(values, null);
    System.arraycopy(base, 0, states, 0, states.length);
  }

  State state(Field f) {
    return states[f.ordinal()];
  }

  boolean has(Field f) {
    return states[f.ordinal()] == State.VALUE;
  }

  String code(Field f) {
    return has(f) ? (String) values[f.ordinal()] : null;
  }

  LocalDate date(Field f) {
    return has(f) ? (LocalDate) values[f.ordinal()] : null;
  }

  boolean is(Field f, String code) {
    return code.equals(code(f));
  }

  void set(Field f, Object value) {
    values[f.ordinal()] = value;
    states[f.ordinal()] = State.VALUE;
  }

  void setState(Field f, State s) {
    values[f.ordinal()] = null;
    states[f.ordinal()] = s;
  }
}
