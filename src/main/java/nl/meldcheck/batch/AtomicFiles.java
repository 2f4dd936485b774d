package nl.meldcheck.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file next to its target and moves it in place, so no reader ever sees half a file.
 * Used by the batch outputs and by {@code meldcheck audit --format X=PATH}.
 */
public final class AtomicFiles {
  /** What to write. */
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // not Files.createTempFile: that makes the file owner-only (0600), and a report is shared;
    // a plain createFile follows the user's umask like any other file they write
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
        + Thread.currentThread().getId() + ".tmp");
    Files.createFile(tmp);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        body.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
