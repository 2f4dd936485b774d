package nl.meldcheck.document;

import java.time.Duration;

/**
 * Limits and switches for reading one document.
 *
 * @param ocr run Tesseract OCR on pages without a text layer (only where tesseract is installed)
 * @param maxFileBytes files larger than this are TOO_LARGE without being parsed
 * @param maxChars extracted text beyond this many characters makes the document TOO_LARGE
 * @param timeout parse time limit
 */
public record ReadOptions(boolean ocr, long maxFileBytes, int maxChars, Duration timeout) {
  public static final ReadOptions DEFAULTS =
      new ReadOptions(false, 100L * 1024 * 1024, 5_000_000, Duration.ofSeconds(60));
}
