package nl.meldcheck.batch;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps this JVM's code away from the C2 compiler once it only coordinates worker processes.
 *
 * <p>Why: in a batch with workers, this JVM discovers, hashes, logs and summarises; its own
 * work is about 2 CPU-seconds per 1,000 organisations, but C2 compiled the Jackson, YAML, NIO
 * and POI code it runs for another 2.2 CPU-seconds (measured per thread from /proc, 29 Nov 2026,
 * 1,000 organisations, 2 jobs on 2 cores), and the cores it used were the workers'. Hot methods
 * are compiled by C1 alone instead (the JVM compiles a method C2 may not have at tier 1): the
 * batch process then took 3.2 instead of 5.4 CPU-seconds. The JVM flags that do this
 * (-XX:TieredStopAtLevel=1) cannot be set from inside, so a compiler directive (JEP 165) is
 * added at run time through the DiagnosticCommand MBean, the route {@code jcmd PID
 * Compiler.directives_add} takes. Not in --in-process mode: there this JVM does the audits.
 */
public final class CoordinatorJit {
  private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

  private CoordinatorJit() {}

  /**
   * Adds the directive on a daemon thread (starting the platform MBean server takes about 0.3 s,
   * which overlaps with the workers' start-up this way) and returns at once.
   */
  public static void c1OnlyInBackground() {
    Thread t = new Thread(CoordinatorJit::c1Only, "meldcheck-jit");
    t.setDaemon(true);
    t.start();
  }

  /** Adds the directive; false when this JVM has no such MBean (the batch is then only slower). */
  static boolean c1Only() {
    Path file = null;
    try {
      file = Files.createTempFile("meldcheck-jit", ".json");
      Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
      ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
          "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
          new String[] {String[].class.getName()});
      return true;
    } catch (Exception | LinkageError e) {
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
          // the pool removes its temp directory at the end anyway
        }
      }
    }
  }
}
