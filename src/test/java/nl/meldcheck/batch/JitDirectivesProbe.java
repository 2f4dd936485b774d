package nl.meldcheck.batch;

/**
 * Run by {@link JitPolicyTest} in a JVM of its own: adds the directive named by the argument
 * (coordinator or auditor), then runs a hot loop here (an excluded package for both) and one in
 * nl.meldcheck.match (excluded for the coordinator only).
 */
public final class JitDirectivesProbe {
  private JitDirectivesProbe() {}

  public static void main(String[] args) {
    boolean added = args[0].equals("coordinator") ? JitDirectives.coordinator() : JitDirectives.auditor();
    System.out.println("directive added: " + added);
    long sum = 0;
    for (int round = 0; round < 20; round++) {
      sum += hot(5_000_000) + nl.meldcheck.match.HotProbe.hot(5_000_000);
    }
    System.out.println("sum " + sum);
  }

  private static long hot(int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += i % 7;
    }
    return s;
  }
}
