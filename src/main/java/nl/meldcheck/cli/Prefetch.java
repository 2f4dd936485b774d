package nl.meldcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import nl.meldcheck.audit.DocumentSource;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentException;
import nl.meldcheck.document.DocumentReader;

/**
 * A document read started ahead of time on a daemon thread. The auditor gets it through a
 * {@link DocumentSource} that waits for the result (other paths are read as usual).
 */
final class Prefetch {
  private final Path path;
  private final CompletableFuture<Object> result = new CompletableFuture<>();

  private Prefetch(Path path) {
    this.path = path;
  }

  static Prefetch start(DocumentReader reader, Path path) {
    Prefetch p = new Prefetch(path);
    Thread t = new Thread(() -> {
      try {
        p.result.complete(reader.read(path));
      } catch (DocumentException | RuntimeException | Error e) {
        p.result.complete(e);
      }
    }, "meldcheck-read");
    t.setDaemon(true);
    t.start();
    return p;
  }

  DocumentSource source(DocumentReader reader) {
    return file -> {
      if (!file.equals(path)) {
        return reader.read(file);
      }
      Object r;
      try {
        r = result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reader.read(file);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (r instanceof DocumentException de) {
        throw de;
      }
      if (r instanceof RuntimeException re) {
        throw re;
      }
      if (r instanceof Error err) {
        throw err;
      }
      return (Document) r;
    };
  }
}
