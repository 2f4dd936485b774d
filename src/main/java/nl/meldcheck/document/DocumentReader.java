package nl.meldcheck.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Reads one file into a {@link Document}: checks, content-based format detection, then either
 * the plain-text route (TXT, MD: exact line numbers) or one streaming Tika parse into
 * {@link BlockHandler}. Every bad input ends as a {@link DocumentException} with a Dutch one-line
 * message naming the file; no other exception escapes for bad input.
 *
 * <p>Reusable and thread-safe: the {@link AutoDetectParser} (about 0.9 s to build) is created on
 * first use and shared; each document gets its own ParseContext and handler. The parse runs on a
 * daemon worker so the time limit holds; Tika ignores interrupts, so a timed-out parse may keep
 * running in the background (accepted for single documents; a batch audits in worker processes
 * that are replaced after a timeout, see nl.meldcheck.batch.WorkerPool).
 */
public final class DocumentReader {
  /** Below this many non-blank characters per page a PDF is taken to be a scan. */
  static final int MIN_CHARS_PER_PAGE = 20;

  private final ReadOptions options;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "meldcheck-parse");
    t.setDaemon(true);
    return t;
  });
  private volatile AutoDetectParser parser;

  public DocumentReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reads the file; throws only {@link DocumentException} for anything wrong with the input. */
  public Document read(Path file) throws DocumentException {
    String source = file.toString();
    long size = checkFile(file, source);
    byte[] head = new byte[8];
    String sha;
    try {
      sha = sha256(file, head);
    } catch (IOException e) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": het bestand kan niet gelezen worden; controleer de leesrechten.", e);
    }
    if (ZipGuard.isZip(head, (int) Math.min(size, head.length))) {
      ZipGuard.check(file, source);
    }
    MediaType type = detect(file, source, head, size);
    DocumentFormat format = Formats.format(type, file, source);
    if (format == DocumentFormat.TXT || format == DocumentFormat.MD) {
      return readText(file, source, format, sha);
    }
    return readWithTika(file, source, type, format, sha);
  }

  private long checkFile(Path file, String source) throws DocumentException {
    if (Files.isDirectory(file)) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": dit is een map, geen bestand; geef het pad van een document op.");
    }
    if (!Files.exists(file)) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": het bestand bestaat niet; controleer het pad en de bestandsnaam.");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": het bestand kan niet gelezen worden; controleer de leesrechten.");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": het bestand kan niet gelezen worden; controleer de leesrechten.", e);
    }
    if (size == 0) {
      throw new DocumentException(ReadProblem.EMPTY,
          source + ": het bestand is leeg (0 bytes); lever het volledige document aan.");
    }
    if (size > options.maxFileBytes()) {
      throw new DocumentException(ReadProblem.TOO_LARGE, source + ": het bestand is te groot ("
          + megabytes(size) + " MB, grens " + megabytes(options.maxFileBytes())
          + " MB); lever een kleiner document aan of verhoog de grens.");
    }
    return size;
  }

  /**
   * The media type by content. A file that starts with "%PDF-" is a PDF and a ZIP goes straight
   * to Tika's ZIP container detector (OOXML, ODF...): that skips Tika's magic table, which tries
   * every pattern it knows on every file (profiled: 3 % of a batch's CPU, most of detection).
   * Everything else, and a ZIP the container detector does not recognise, gets the full detector.
   */
  /** {@link #detect(Path, String, byte[], long)} for one file, as {@link #read} calls it (tests). */
  MediaType detect(Path file) throws IOException, DocumentException {
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(file)) {
      in.readNBytes(head, 0, head.length);
    }
    return detect(file, file.toString(), head, Files.size(file));
  }

  private MediaType detect(Path file, String source, byte[] head, long size) throws DocumentException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(file));
    if (size >= PDF_MAGIC.length && Arrays.equals(head, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      return MediaType.application("pdf");
    }
    Detector zip = ZipGuard.isZip(head, (int) Math.min(size, head.length)) ? zipDetector() : null;
    if (zip != null) {
      try (TikaInputStream in = TikaInputStream.get(file, md)) {
        MediaType t = zip.detect(in, md);
        if (t != null && !t.equals(MediaType.APPLICATION_ZIP) && !t.equals(MediaType.OCTET_STREAM)) {
          return t;
        }
      } catch (IOException | RuntimeException e) {
        // the full detector below decides, and reports a damaged file as it always did
      }
    }
    try (TikaInputStream in = TikaInputStream.get(file, md)) {
      return parser().getDetector().detect(in, md);
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(ReadProblem.CORRUPT, source
          + ": het bestandstype kan niet bepaald worden; het bestand is mogelijk beschadigd.", e);
    }
  }

  private Document readText(Path file, String source, DocumentFormat format, String sha)
      throws DocumentException {
    String text;
    try {
      text = PlainTextReader.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new DocumentException(ReadProblem.MISSING,
          source + ": het bestand kan niet gelezen worden; controleer de leesrechten.", e);
    }
    if (text.length() > options.maxChars()) {
      throw tooManyChars(source);
    }
    boolean markdown = format == DocumentFormat.MD || PlainTextReader.looksLikeMarkdown(text);
    DocumentFormat actual = markdown ? DocumentFormat.MD : DocumentFormat.TXT;
    List<Block> blocks = PlainTextReader.read(text, markdown);
    if (blocks.isEmpty()) {
      throw noText(source);
    }
    Map<String, String> meta = Map.of("content-type", markdown ? "text/markdown" : "text/plain");
    return new Document(source, actual, blocks, 0, meta, sha);
  }

  private Document readWithTika(
      Path file, String source, MediaType type, DocumentFormat format, String sha)
      throws DocumentException {
    boolean pdf = format == DocumentFormat.PDF;
    boolean ocr = pdf && options.ocr() && Tesseract.available();
    ParseContext ctx = context(ocr);
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(file));
    // the type is known already: skip AutoDetectParser's second detection pass
    md.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
    BlockHandler handler = new BlockHandler(options.maxChars());
    parseHere(file, source, md, ctx, handler);

    List<Block> blocks = handler.blocks();
    int pages = pdf ? handler.pageCount() : 0;
    if (pdf && pages > 0 && visibleChars(blocks) < (long) MIN_CHARS_PER_PAGE * pages) {
      throw noTextLayer(source, ocr);
    }
    if (blocks.isEmpty()) {
      throw noText(source);
    }
    return new Document(source, format, blocks, pages, metadata(md, type, pages), sha);
  }

  /** The in-process parse: a daemon worker, so the time limit holds even though Tika ignores interrupts. */
  private void parseHere(Path file, String source, Metadata md, ParseContext ctx, BlockHandler handler)
      throws DocumentException {
    AutoDetectParser p = parser();
    ctx.set(Parser.class, p); // text of embedded documents counts too
    Future<Void> job = workers.submit(() -> {
      try (TikaInputStream in = TikaInputStream.get(file, md)) {
        p.parse(in, handler, md, ctx);
      }
      return null;
    });
    try {
      job.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // no interrupt: parsers ignore it, and PDFBox would log a stack trace for the closed channel
      job.cancel(false);
      throw timeout(source, options);
    } catch (InterruptedException e) {
      job.cancel(false);
      Thread.currentThread().interrupt();
      throw interrupted(source);
    } catch (ExecutionException e) {
      throw ParseFailures.map(e.getCause(), handler.limitReached(), source, options);
    }
  }

  static DocumentException timeout(String source, ReadOptions options) {
    return new DocumentException(ReadProblem.TIMEOUT, source + ": het lezen duurde langer dan "
        + seconds(options) + "; verhoog de tijdsgrens of lever een eenvoudiger versie aan.");
  }

  static DocumentException interrupted(String source) {
    return new DocumentException(ReadProblem.TIMEOUT,
        source + ": het lezen is afgebroken voordat het klaar was; probeer het opnieuw.");
  }

  /**
   * Parser settings for one document; {@link #parseHere} adds the parser itself.
   */
  private static ParseContext context(boolean ocr) {
    ParseContext ctx = new ParseContext();
    TesseractOCRConfig oc = new TesseractOCRConfig();
    // Tika would otherwise OCR every image it meets once tesseract is on PATH (ODT thumbnails)
    oc.setSkipOcr(!ocr);
    if (ocr) {
      oc.setLanguage("nld");
    }
    ctx.set(TesseractOCRConfig.class, oc);
    PDFParserConfig pc = new PDFParserConfig();
    pc.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    // bookmarks come after the pages without page numbers and repeat the headings
    pc.setExtractBookmarksText(false);
    // setSortByPosition stays off (Tika's default): LibreOffice and Word write a two-column page
    // column by column, and content-stream order reads it right. Sorting by position was measured
    // to merge the two columns line by line (fixtures/layout/kolommen.pdf) and, on one-column
    // pages, the cells of a table row (the step table of samples/jeugdhulp-het-anker).
    ctx.set(PDFParserConfig.class, pc);
    return ctx;
  }

  /**
   * Starts building the Tika parser on a background thread and returns at once. Building it is
   * most of a one-document run's start-up (class loading and service lookup, ~0.5–0.9 s); the
   * CLI calls this first so that loading the checklist overlaps with it on a second core.
   */
  public void prepareInBackground() {
    Thread t = new Thread(this::parser, "meldcheck-tika-init");
    t.setDaemon(true);
    t.start();
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The ZIP container detector of the parser's own detector chain, or null when it has none. */
  private Detector zipDetector() {
    Detector d = parser().getDetector();
    if (d instanceof CompositeDetector c) {
      for (Detector part : c.getDetectors()) {
        if (part instanceof DefaultZipContainerDetector) {
          return part;
        }
      }
    }
    return null;
  }

  private AutoDetectParser parser() {
    AutoDetectParser p = parser;
    if (p == null) {
      synchronized (this) {
        p = parser;
        if (p == null) {
          p = new AutoDetectParser();
          parser = p;
        }
      }
    }
    return p;
  }

  private DocumentException noTextLayer(String source, boolean ocrRan) {
    if (ocrRan) {
      return new DocumentException(ReadProblem.NO_TEXT_LAYER, source
          + ": ook met tekstherkenning (OCR) is (bijna) geen tekst gevonden;"
          + " lever een doorzoekbare PDF of het originele tekstbestand aan.");
    }
    if (options.ocr()) {
      return new DocumentException(ReadProblem.NO_TEXT_LAYER, source
          + ": de PDF bevat (bijna) geen tekst en tekstherkenning is niet beschikbaar;"
          + " installeer tesseract-ocr tesseract-ocr-nld of lever een doorzoekbare PDF aan.");
    }
    return new DocumentException(ReadProblem.NO_TEXT_LAYER, source
        + ": de PDF bevat (bijna) geen tekst, waarschijnlijk een scan;"
        + " probeer het opnieuw met --ocr of lever een doorzoekbare PDF aan.");
  }

  private static DocumentException noText(String source) {
    return new DocumentException(ReadProblem.EMPTY,
        source + ": er is geen tekst in het document gevonden; lever een document met tekst aan.");
  }

  private DocumentException tooManyChars(String source) {
    return new DocumentException(ReadProblem.TOO_LARGE, source
        + ": het document bevat meer dan " + options.maxChars()
        + " tekens tekst; lever een kleiner document aan of verhoog de grens.");
  }

  static String seconds(ReadOptions options) {
    long ms = options.timeout().toMillis();
    return ms >= 1000 ? (ms / 1000) + " s" : ms + " ms";
  }

  private static Map<String, String> metadata(Metadata md, MediaType type, int pages) {
    Map<String, String> out = new TreeMap<>();
    put(out, "title", md.get(TikaCoreProperties.TITLE));
    put(out, "created", md.get(TikaCoreProperties.CREATED));
    put(out, "modified", md.get(TikaCoreProperties.MODIFIED));
    put(out, "pages", pages > 0 ? Integer.toString(pages) : md.get(PagedText.N_PAGES));
    out.put("content-type", type.getBaseType().toString());
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value.strip());
    }
  }

  private static long visibleChars(List<Block> blocks) {
    long n = 0;
    for (Block b : blocks) {
      String t = b.text();
      for (int i = 0; i < t.length(); i++) {
        if (!Character.isWhitespace(t.charAt(i))) {
          n++;
        }
      }
    }
    return n;
  }

  /** Hex SHA-256 of the file; also copies its first bytes into {@code head} (one read pass). */
  private static String sha256(Path file, byte[] head) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int got = in.readNBytes(head, 0, head.length);
      digest.update(head, 0, got);
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static long megabytes(long bytes) {
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
  }
}
