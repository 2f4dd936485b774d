package nl.meldcheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates whatever a Tika parse threw into a {@link DocumentException} with a user message.
 * Parsers wrap their causes in several layers (TikaException around POI or PDFBox exceptions), so
 * the whole cause chain is inspected by class name; the detail stays attached as the cause for
 * debugging and never reaches the message.
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
}
