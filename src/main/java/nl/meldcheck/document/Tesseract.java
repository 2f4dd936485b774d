package nl.meldcheck.document;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the tesseract binary is on PATH, looked up once. Tika finds it the same way; asking
 * Tika's TesseractOCRParser would need an initialised parser instance for a yes/no question.
 */
final class Tesseract {
  private static volatile Boolean available;

  private Tesseract() {}

  static boolean available() {
    Boolean a = available;
    if (a == null) {
      a = onPath();
      available = a;
    }
    return a;
  }

  private static boolean onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      for (String exe : new String[] {"tesseract", "tesseract.exe"}) {
        Path p = Path.of(dir, exe);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
