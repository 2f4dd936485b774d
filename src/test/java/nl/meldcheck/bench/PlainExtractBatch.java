package nl.meldcheck.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The reference for scripts/bench-batch: plain Tika text extraction of every file under the
 * organisation directories, on N threads in one JVM, what an inspector could script without
 * meldcheck, with OCR off as meldcheck has it by default. A failing file is counted and skipped. Usage: PlainExtractBatch DIR THREADS
 */
public final class PlainExtractBatch {
  private PlainExtractBatch() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root, 2)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("organisation.yaml"))
          .sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    AtomicInteger failed = new AtomicInteger();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (Path f : files) {
      pool.submit(() -> {
        // the same text cap as meldcheck's reader default, so a bomb costs both sides alike
        BodyContentHandler handler = new BodyContentHandler(5_000_000);
        ParseContext ctx = new ParseContext();
        ctx.set(Parser.class, parser);
        // OCR off, as in meldcheck without --ocr: otherwise every embedded image goes to tesseract
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        ctx.set(TesseractOCRConfig.class, ocr);
        try (InputStream in = Files.newInputStream(f)) {
          parser.parse(in, handler, new Metadata(), ctx);
        } catch (Exception | OutOfMemoryError e) {
          failed.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "files=%d failed=%d seconds=%.1f%n", files.size(), failed.get(), secs);
  }
}
