package nl.meldcheck.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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
    // not Files.createTempFile: that makes the file owner-only (0600), and a report is shared;
    // a new file follows the user's umask like any other file they write
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
        + Thread.currentThread().getId() + ".tmp");
    OutputStream file;
    try {
      file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      // the directory is made only when missing: a batch writes thousands of files into one
      // directory, and a mkdir and a stat for each showed up in its system calls
      Files.createDirectories(dir);
      file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(file)) {
        body.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
