package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates whatever a Tika parse threw into a {@link DocumentException} with a user message.
 * Parsers wrap their causes in several layers (TikaException around POI or PDFBox exceptions), so
 * the whole cause chain is inspected by class name; the detail stays attached as the cause for
 * debugging and never reaches the message. A parse in a forked JVM ({@link IsolatedReader}) only
 * sends back the stack trace as text; {@link #fromTrace} reads the same chain out of it so both
 * routes classify alike.
 */
final class ParseFailures {
  /** One link of a cause chain: the exception's class name and its message (may be empty). */
  private record Link(String className, String message) {}

  private ParseFailures() {}

  static DocumentException map(Throwable t, boolean limitReached, String source, ReadOptions options) {
    List<Link> chain = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      chain.add(new Link(c.getClass().getName(), c.getMessage() == null ? "" : c.getMessage()));
      if (c instanceof OutOfMemoryError) {
        break;
      }
    }
    return classify(chain, t, limitReached, source, options);
  }

  /**
   * The same classification from a printed stack trace: its first line and each "Caused by:" line
   * are "class: message". The trace itself becomes the cause, for --verbose only.
   */
  static DocumentException fromTrace(String trace, String source, ReadOptions options) {
    List<Link> chain = new ArrayList<>();
    String[] lines = trace.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("Caused by: ")) {
        line = line.substring("Caused by: ".length());
      } else if (i > 0) {
        continue;
      }
      int colon = line.indexOf(": ");
      chain.add(colon < 0 ? new Link(line, "") : new Link(line.substring(0, colon), line.substring(colon + 2)));
    }
    boolean limit = chain.stream().anyMatch(l -> l.className().endsWith("WriteLimitReachedException"));
    return classify(chain, new ForkedParseFailure(trace), limit, source, options);
  }

  private static DocumentException classify(
      List<Link> chain, Throwable cause, boolean limitReached, String source, ReadOptions options) {
    if (limitReached) {
      return new DocumentException(ReadProblem.TOO_LARGE, source
          + ": het document bevat meer dan " + options.maxChars()
          + " tekens tekst; lever een kleiner document aan of verhoog de grens.", cause);
    }
    for (Link c : chain) {
      String name = c.className();
      String message = c.message().toLowerCase(Locale.ROOT);
      if (name.equals("java.lang.OutOfMemoryError") || message.contains("zip bomb")) {
        return new DocumentException(ReadProblem.TOO_LARGE, source
            + ": het document is te groot om in het geheugen te lezen (mogelijk een zip-bom);"
            + " lever een kleiner document aan.", cause);
      }
      if (name.endsWith("EncryptedDocumentException") || name.endsWith("InvalidPasswordException")) {
        return Formats.encrypted(source);
      }
      if (name.endsWith("ZeroByteFileException")) {
        return new DocumentException(ReadProblem.EMPTY,
            source + ": het bestand is leeg (0 bytes); lever het volledige document aan.", cause);
      }
    }
    return new DocumentException(ReadProblem.CORRUPT, source
        + ": het bestand is beschadigd of onvolledig en kan niet gelezen worden;"
        + " open en bewaar het opnieuw, of lever een PDF-versie aan.", cause);
  }

  /** Carries the forked JVM's stack trace as the cause of a DocumentException (debugging only). */
  static final class ForkedParseFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ForkedParseFailure(String trace) {
      super("parse failed in the forked JVM:\n" + trace, null, false, false);
    }
  }
}
