package nl.meldcheck.batch;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Compiler directives (JEP 165) that keep code from the C2 compiler where compiling it costs more
 * than it saves in a batch. Both are added at run time through the DiagnosticCommand MBean, the
 * route {@code jcmd PID Compiler.directives_add} takes: the JVM flags that would do it cannot be
 * set from inside, and a JVM without the MBean (not HotSpot) just runs without them. A method C2
 * may not have is compiled by C1 at tier 1 instead.
 *
 * <p><b>The coordinating JVM</b> (batch with workers): it discovers, hashes, logs and summarises;
 * its own work is about 2 CPU-seconds per 1,000 organisations, but C2 compiled the Jackson, YAML,
 * NIO and POI code it runs for another 2.2 CPU-seconds (measured per thread from /proc, 29 Nov
 * 2026, 1,000 organisations, 2 jobs on 2 cores), and the cores it used were the workers'. With
 * everything C1 the batch process took 3.2 instead of 5.4 CPU-seconds.
 *
 * <p><b>An auditing JVM</b> (a worker, or the batch JVM with --in-process): C2 spent 40 % of its
 * time on meldcheck's own classes, and most of it on methods that run once per organisation,
 * export or row and inline everything beneath them (Auditor, CaseChecks, RecordMapper, the report
 * writers: 1 to 2 s of compiling each, against 0.1 to 0.4 s of running), and so was the SAX
 * handler that builds a document's blocks (2 s of compiles, 0.3 s of running). Those run C1
 * code; the per-word loops (match, the rest of document) and every library keep C2. Measured 29 Nov 2026,
 * 4,000 organisations, two interleaved pairs: worker 81.7 / 81.6 CPU-s against 87.4 / 93.7, its
 * compiler threads 25.0 / 25.0 against 30.9 / 32.0. (Excluding all of meldcheck was no gain:
 * matching in C1 code costs what the compiling saves.)
 */
public final class JitDirectives {
  private static final String COORDINATOR = "[{match: \"*.*\", c2: {Exclude: true}}]";
  private static final String AUDITOR = "[{match: [\"nl/meldcheck/audit/*.*\", \"nl/meldcheck/batch/*.*\","
      + " \"nl/meldcheck/cases/*.*\", \"nl/meldcheck/checklist/*.*\", \"nl/meldcheck/report/*.*\","
      + " \"nl/meldcheck/cli/*.*\", \"nl/meldcheck/document/Block*.*\"], c2: {Exclude: true}}]";

  private JitDirectives() {}

  /**
   * Adds the coordinator's directive on a daemon thread (starting the platform MBean server takes
   * about 0.3 s, which overlaps with the workers' start-up this way) and returns at once.
   */
  public static void coordinatorInBackground() {
    inBackground(COORDINATOR);
  }

  /** Adds the auditing JVM's directive on a daemon thread and returns at once. */
  public static void auditorInBackground() {
    inBackground(AUDITOR);
  }

  private static void inBackground(String directive) {
    Thread t = new Thread(() -> add(directive), "meldcheck-jit");
    t.setDaemon(true);
    t.start();
  }

  /** The coordinator's directive, added now (tests). */
  static boolean coordinator() {
    return add(COORDINATOR);
  }

  /** The auditing JVM's directive, added now (tests). */
  static boolean auditor() {
    return add(AUDITOR);
  }

  /**
   * Adds a directive; false when this JVM has no such MBean or refused it (the batch is then only
   * slower).
   */
  private static boolean add(String directive) {
    Path file = null;
    try {
      file = Files.createTempFile("meldcheck-jit", ".json");
      Files.writeString(file, directive, StandardCharsets.UTF_8);
      Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      // "1 compiler directives added", or the parser's complaint (the call itself does not fail)
      return String.valueOf(answer).contains("added");
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
