package nl.meldcheck.document;

/**
 * Translates whatever a Tika parse threw into a {@link DocumentException} with a user message.
 * Parsers wrap their causes in several layers (TikaException around POI or PDFBox exceptions), so
 * the whole cause chain is inspected by class name; the detail stays attached as the cause for
 * debugging and never reaches the message.
 */
final class ParseFailures {
  private ParseFailures() {}

  static DocumentException map(Throwable t, boolean limitReached, String source, ReadOptions options) {
    if (limitReached) {
      return new DocumentException(ReadProblem.TOO_LARGE, source
          + ": het document bevat meer dan " + options.maxChars()
          + " tekens tekst; lever een kleiner document aan of verhoog de grens.", t);
    }
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String name = c.getClass().getName();
      String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(java.util.Locale.ROOT);
      if (c instanceof OutOfMemoryError || message.contains("zip bomb")) {
        return new DocumentException(ReadProblem.TOO_LARGE, source
            + ": het document is te groot om in het geheugen te lezen (mogelijk een zip-bom);"
            + " lever een kleiner document aan.", t);
      }
      if (name.endsWith("EncryptedDocumentException") || name.endsWith("InvalidPasswordException")) {
        return Formats.encrypted(source);
      }
      if (name.endsWith("ZeroByteFileException")) {
        return new DocumentException(ReadProblem.EMPTY,
            source + ": het bestand is leeg (0 bytes); lever het volledige document aan.", t);
      }
    }
    return new DocumentException(ReadProblem.CORRUPT, source
        + ": het bestand is beschadigd of onvolledig en kan niet gelezen worden;"
        + " open en bewaar het opnieuw, of lever een PDF-versie aan.", t);
  }
}
