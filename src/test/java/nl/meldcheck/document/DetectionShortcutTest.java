package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader skips Tika's magic table for PDFs and ZIP containers; on every real file it must
 * still name the type Tika's full detector names, or a document would be read as something else.
 */
class DetectionShortcutTest {
  @TempDir Path tmp;

  private static MediaType full(Path f) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
    try (InputStream in = TikaInputStream.get(f, md)) {
      return new AutoDetectParser().getDetector().detect(in, md);
    }
  }

  @Test
  void everySampleFileGetsTheTypeOfTikasFullDetector() throws Exception {
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      files = s.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(pdf|docx|odt|doc|rtf|html|xlsx|md|txt)$"))
          .sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      assertEquals(full(f), reader.detect(f), f.toString());
    }
  }

  @Test
  void aPlainZipAndAPdfRenamedToDocxFallBackOrShortcutCorrectly() throws Exception {
    DocumentReader reader = new DocumentReader(ReadOptions.DEFAULTS);
    Path zip = tmp.resolve("archief.docx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("notities.txt"));
      out.write("geen office-document".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(full(zip), reader.detect(zip));
    Path pdf = tmp.resolve("eigenlijk-pdf.docx");
    Files.copy(Path.of("samples/jeugdhulp-het-anker/meldcode.pdf"), pdf);
    assertEquals(MediaType.application("pdf"), reader.detect(pdf));
    assertEquals(full(pdf), reader.detect(pdf));
  }
}
