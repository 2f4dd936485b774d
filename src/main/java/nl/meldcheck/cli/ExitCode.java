package nl.meldcheck.cli;

/** The documented exit codes (architecture page); "policy failed" is never "tool failed". */
public final class ExitCode {
  /** The audit ran and the gate passed. */
  public static final int OK = 0;
  /** The audit ran and the gate failed (not compliant). */
  public static final int GATE_FAILED = 1;
  /** Usage or configuration error: bad option, invalid checklist, mapping or waiver file. */
  public static final int CONFIG = 2;
  /** An input could not be read or judged (missing, encrypted, corrupt, no text layer...). */
  public static final int INPUT = 3;
  /** Internal error: a bug in meldcheck. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
