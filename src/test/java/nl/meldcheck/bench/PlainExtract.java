package nl.meldcheck.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The reference for scripts/bench: plain Tika text extraction of one file in a fresh JVM, what an
 * inspector could script without meldcheck. Prints the number of characters extracted.
 */
public final class PlainExtract {
  private PlainExtract() {}

  public static void main(String[] args) throws Exception {
    AutoDetectParser parser = new AutoDetectParser();
    for (String a : args) {
      BodyContentHandler handler = new BodyContentHandler(-1);
      ParseContext ctx = new ParseContext();
      ctx.set(Parser.class, parser);
      try (InputStream in = Files.newInputStream(Path.of(a))) {
        parser.parse(in, handler, new Metadata(), ctx);
      }
      System.out.println(a + "\t" + handler.toString().length());
    }
  }
}
