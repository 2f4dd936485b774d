package nl.meldcheck.batch;

/** Run by {@link JitPolicyTest} in a JVM of its own: adds the directive, then runs a hot loop. */
public final class CoordinatorJitProbe {
  private CoordinatorJitProbe() {}

  public static void main(String[] args) {
    System.out.println("directive added: " + CoordinatorJit.c1Only());
    long sum = 0;
    for (int round = 0; round < 20; round++) {
      sum += hot(5_000_000);
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
