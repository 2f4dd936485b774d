package nl.meldcheck.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitData;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads documents like {@link DocumentReader}, but runs each Tika parse in a pool of forked JVMs
 * (Tika's PipesParser), so a parser that hangs, exhausts memory or crashes costs that one
 * document a TIMEOUT, TOO_LARGE or CORRUPT problem and the pool restarts the child; the calling
 * JVM is unaffected. In process, a timed-out parse keeps its thread and memory, and an
 * OutOfMemoryError hits every worker sharing the heap (tech-notes §5).
 *
 * <p>Checks, size limits, the zip-bomb pre-scan, format detection and plain-text files stay in
 * this JVM (they are cheap and bounded); only the Tika parse forks. The child returns Tika's XHTML
 * (with its {@code <div class="page">}), which is replayed through the same {@link BlockHandler}
 * as the in-process route, so blocks, headings, pages and problem codes come out the same.
 *
 * <p>Each child gets {@code -Xmx} (default {@value #DEFAULT_CHILD_HEAP}) and its own
 * {@code java.io.tmpdir} inside a temp directory that {@link #close()} deletes: a killed child
 * leaves OCR and PDFBox temp files behind (tech-notes pitfall 15). The children use this JVM's
 * {@code java} and {@code java.class.path}, so it works from the fat jar and from tests alike.
 * They run with C1 only and the serial GC (cheaper for many small documents); the system property
 * {@value #EXTRA_JVM_ARGS} appends JVM options for benchmarks, e.g. {@code -XX:TieredStopAtLevel=4}.
 * Thread-safe: up to {@code clients} documents parse at once; more callers wait for a child.
 */
public final class IsolatedReader implements AutoCloseable {
  public static final String DEFAULT_CHILD_HEAP = "512m";
  private static final String FETCHER = "fs";
  /** System property with extra JVM options for the children, space-separated (benchmarks). */
  static final String EXTRA_JVM_ARGS = "meldcheck.parse.jvmArgs";

  /**
   * Headroom over maxChars for the child's write limit, which also counts the head (the title and
   * the newlines between the metadata elements the child adds); BlockHandler counts the body only.
   */
  private static final int WRITE_LIMIT_SLACK = 65_536;

  private final ReadOptions options;
  private final String childHeap;
  private final Path tempDir;
  private final PipesParser pipes;
  private final DocumentReader reader;
  private final AtomicLong ids = new AtomicLong();
  private boolean closed;

  /** A pool of {@code clients} child JVMs with the default heap. */
  public IsolatedReader(ReadOptions options, int clients) throws IOException {
    this(options, clients, DEFAULT_CHILD_HEAP);
  }

  /**
   * @param childHeap the child's {@code -Xmx} value, e.g. "512m" or "1g"
   * @throws IOException when the temp directory or pipes configuration cannot be written
   */
  public IsolatedReader(ReadOptions options, int clients, String childHeap) throws IOException {
    this.options = Objects.requireNonNull(options, "options");
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be at least 1");
    }
    if (!childHeap.matches("[1-9][0-9]*[kKmMgG]?")) {
      throw new IllegalArgumentException("child heap must look like 512m or 1g: " + childHeap);
    }
    this.childHeap = childHeap;
    this.tempDir = Files.createTempDirectory("meldcheck-pipes-");
    try {
      Path childTmp = Files.createDirectory(tempDir.resolve("tmp"));
      Path config = tempDir.resolve("tika-pipes.xml");
      Files.writeString(config, config(clients, childTmp), StandardCharsets.UTF_8);
      this.pipes = new PipesParser(PipesConfig.load(config));
    } catch (IOException | TikaConfigException | RuntimeException e) {
      deleteTree(tempDir);
      throw e instanceof IOException io ? io : new IOException("tika pipes configuration: " + e, e);
    }
    this.reader = new DocumentReader(options, this::parseInChild);
  }

  /** Reads the file; throws only {@link DocumentException} for anything wrong with the input. */
  public Document read(Path file) throws DocumentException {
    return reader.read(file);
  }

  /** Builds the detector in this JVM in the background (see {@link DocumentReader#prepareInBackground}). */
  public void prepareInBackground() {
    reader.prepareInBackground();
  }

  /** The directory holding the pipes configuration and the children's temp directory. */
  Path tempDir() {
    return tempDir;
  }

  /** Stops the child JVMs and deletes the temp directory; safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      pipes.close();
    } catch (IOException e) {
      // the children die with their stdin anyway; the temp directory still goes
    } finally {
      deleteTree(tempDir);
    }
  }

  private String config(int clients, Path childTmp) {
    StringBuilder args = new StringBuilder();
    for (String a : List.of("-Xmx" + childHeap, "-Djava.io.tmpdir=" + childTmp, "-Djava.awt.headless=true",
        // a child parses one document at a time, mostly small ones: C2 compiling Tika, PDFBox and
        // POI again in every child cost more CPU than it saved (BENCH-PIPES.md: 1,000 organisations
        // on 2 cores took 29.8 s with the JVM defaults, 21.1 s with C1 only and the serial GC)
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        // the child logs parse failures with stack traces to our stderr otherwise; we report them
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", "-Dorg.slf4j.simpleLogger.log.org.apache.tika.pipes=off",
        "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=off", "-Dorg.slf4j.simpleLogger.log.org.apache.fontbox=off",
        "-Dorg.slf4j.simpleLogger.log.org.apache.poi.hwpf=off")) {
      args.append("      <arg>").append(xml(a)).append("</arg>\n");
    }
    // tuning hook for benchmarks (GC or JIT flags of the children), not a user option
    for (String a : System.getProperty(EXTRA_JVM_ARGS, "").trim().split("\\s+")) {
      if (!a.isEmpty()) {
        args.append("      <arg>").append(xml(a)).append("</arg>\n");
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<properties>\n"
        + "  <fetchers>\n"
        + "    <fetcher class=\"" + TypedFileFetcher.class.getName() + "\">\n"
        + "      <name>" + FETCHER + "</name>\n"
        // keys are absolute paths the caller has checked; the fetcher reads nothing else
        + "      <allowAbsolutePaths>true</allowAbsolutePaths>\n"
        + "    </fetcher>\n"
        + "  </fetchers>\n"
        + "  <pipes><params>\n"
        + "    <numClients>" + clients + "</numClients>\n"
        + "    <timeoutMillis>" + Math.max(1, options.timeout().toMillis()) + "</timeoutMillis>\n"
        // results come back to us instead of going to an emitter
        + "    <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>\n"
        + "    <javaPath>" + xml(java.toString()) + "</javaPath>\n"
        + "    <forkedJvmArgs>\n" + args + "    </forkedJvmArgs>\n"
        + "  </params></pipes>\n"
        + "</properties>\n";
  }

  private void parseInChild(Path file, String source, Metadata md, ParseContext ctx, BlockHandler handler)
      throws DocumentException {
    // with the slack the child stops soon after the in-process parse would, so a too-large
    // document costs about the same on both routes; the replay below applies the exact limit
    long limit = (long) options.maxChars() + WRITE_LIMIT_SLACK;
    // CONCATENATE: one XHTML with embedded documents inline, as the in-process parse produces
    ctx.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
        HandlerConfig.PARSE_MODE.CONCATENATE, (int) Math.min(Integer.MAX_VALUE, limit), -1, true));
    ctx.set(TypedFileFetcher.Hint.class, new TypedFileFetcher.Hint(
        md.get(TikaCoreProperties.RESOURCE_NAME_KEY), md.get(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE)));
    FetchEmitTuple tuple = new FetchEmitTuple("doc-" + ids.incrementAndGet(),
        new FetchKey(FETCHER, file.toAbsolutePath().normalize().toString()), new EmitKey("", ""),
        new Metadata(), ctx, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    PipesResult result;
    try {
      result = pipes.parse(tuple);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DocumentReader.interrupted(source);
    } catch (PipesException | IOException e) {
      // not the document's fault: the child JVM could not be started or reached
      throw new UncheckedIOException(new IOException(
          "het leesproces (een tweede Java-proces) kon niet gestart worden: " + e.getMessage(), e));
    }
    Metadata child = childMetadata(result, source);
    String trace = child.get(TikaCoreProperties.CONTAINER_EXCEPTION);
    if (trace != null && !trace.isBlank()) {
      throw ParseFailures.fromTrace(trace, source, options);
    }
    for (String name : child.names()) {
      if (!name.equals(TikaCoreProperties.TIKA_CONTENT.getName())) {
        md.set(name, child.get(name));
      }
    }
    String xhtml = child.get(TikaCoreProperties.TIKA_CONTENT);
    if (xhtml != null && !xhtml.isEmpty()) {
      replay(xhtml, handler, source);
    }
  }

  /** The metadata of a finished parse, or the problem for a child that timed out, ran out of memory or died. */
  private Metadata childMetadata(PipesResult result, String source) throws DocumentException {
    PipesResult.STATUS status = result.getStatus();
    switch (status) {
      case TIMEOUT:
        throw DocumentReader.timeout(source, options);
      case OOM:
        throw new DocumentException(ReadProblem.TOO_LARGE, source
            + ": het document vroeg bij het lezen meer dan " + childHeap.toUpperCase(java.util.Locale.ROOT)
            + " geheugen (mogelijk een zip-bom); lever een kleiner document aan.");
      case PARSE_EXCEPTION_NO_EMIT:
        throw ParseFailures.fromTrace(result.getMessage() == null ? "" : result.getMessage(), source, options);
      case FETCH_EXCEPTION:
        throw new DocumentException(ReadProblem.MISSING,
            source + ": het bestand kan niet gelezen worden; controleer de leesrechten.");
      case CLIENT_UNAVAILABLE_WITHIN_MS:
        throw new UncheckedIOException(new IOException(
            "geen leesproces beschikbaar binnen de wachttijd; probeer het opnieuw met minder --jobs"));
      default:
        break;
    }
    EmitData data = result.getEmitData();
    if (data == null || data.getMetadataList() == null || data.getMetadataList().isEmpty()) {
      if (status == PipesResult.STATUS.EMPTY_OUTPUT) {
        return new Metadata();
      }
      // UNSPECIFIED_CRASH and the like: the child died on this file (a native crash, exit)
      throw new DocumentException(ReadProblem.CORRUPT, source
          + ": het leesproces liep vast op dit bestand; het bestand is mogelijk beschadigd;"
          + " open en bewaar het opnieuw, of lever een PDF-versie aan.");
    }
    return data.getMetadataList().get(0);
  }

  /** Feeds the child's XHTML to the handler as if the parser itself were sending the events. */
  private void replay(String xhtml, BlockHandler handler, String source) throws DocumentException {
    try {
      XMLReader xml = saxFactory().newSAXParser().getXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException | IOException e) {
      throw ParseFailures.map(e, handler.limitReached(), source, options);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's SAX parser is always available", e);
    }
  }

  private static SAXParserFactory saxFactory() throws ParserConfigurationException, SAXException {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    // Tika writes no DOCTYPE; refusing one keeps entity tricks in document text impossible
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover temp directory is untidy, not wrong; the next run uses a new one
    }
  }
}
