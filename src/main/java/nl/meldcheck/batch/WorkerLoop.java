package nl.meldcheck.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The worker side of {@link WorkerPool}: reads one request per line from stdin, audits that
 * organisation in this JVM on one of {@code threads} threads (reports written to the batch's
 * {@code orgs/}) and answers with its row on one line, tagged with the request's id. Ends when
 * stdin closes and the audits in flight are done.
 */
public final class WorkerLoop {
  static final ObjectMapper JSON = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One organisation to audit. */
  record Request(long id, Organisation org, String hash, String checklistKey) {}

  /** The row, or what kept the worker from writing the reports. */
  record Reply(long id, OrgResult row, String error) {}

  private WorkerLoop() {}

  /**
   * Serves requests until {@code in} ends.
   *
   * @param out the protocol stream: the real stdout, which nothing else may write to
   */
  public static void serve(BatchRunner runner, int threads, InputStream in, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(WorkerPool.READY + "\n");
    w.flush();
    // daemon threads: a parse past its time limit keeps its thread (Tika ignores interrupts), and
    // must not keep this JVM alive once the pool has closed stdin
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "meldcheck-worker");
      t.setDaemon(true);
      return t;
    });
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      Request req = JSON.readValue(line, Request.class);
      pool.submit(() -> {
        Reply reply;
        try {
          reply = new Reply(req.id(), runner.auditHere(req.org(), req.hash(), req.checklistKey()), null);
        } catch (IOException e) {
          reply = new Reply(req.id(), null, "kan de resultaten niet schrijven: " + e.getMessage());
        }
        String json;
        try {
          json = JSON.writeValueAsString(reply);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        synchronized (w) {
          try {
            w.write(json + "\n");
            w.flush();
          } catch (IOException e) {
            // the pool is gone; nobody is waiting for this answer
          }
        }
      });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
