package nl.meldcheck.match;

/** A hot loop in a package the auditing JVM's compiler directive leaves to C2 (JitPolicyTest). */
public final class HotProbe {
  private HotProbe() {}

  public static long hot(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += i % 5;
    }
    return s;
  }
}
