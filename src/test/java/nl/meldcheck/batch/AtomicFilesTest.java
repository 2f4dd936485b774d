package nl.meldcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private static AtomicFiles.Body text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private long leftovers(Path d) throws IOException {
    try (Stream<Path> files = Files.list(d)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  @Test
  void makesMissingDirectoriesAndReplacesAnExistingFile() throws IOException {
    Path target = dir.resolve("a/b/report.json");
    AtomicFiles.write(target, text("first"));
    AtomicFiles.write(target, text("second"));
    assertEquals("second", Files.readString(target));
    assertEquals(0, leftovers(target.getParent()));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("report.html");
    AtomicFiles.write(target, text("kept"));
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("kept", Files.readString(target));
    assertEquals(0, leftovers(dir));
  }

  @Test
  void aTargetThatIsADirectoryFailsWithoutLeavingATemporaryFile() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("inside"));
    assertThrows(IOException.class, () -> AtomicFiles.write(target, text("x")));
    assertFalse(Files.isRegularFile(target));
    assertEquals(0, leftovers(dir));
  }
}
