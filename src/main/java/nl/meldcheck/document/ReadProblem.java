package nl.meldcheck.document;

/** Why a document could not be read. Each maps onto an input status in the report. */
public enum ReadProblem {
  /** The file does not exist or is not a regular readable file. */
  MISSING,
  /** The file is 0 bytes or yields no characters at all. */
  EMPTY,
  /** Password-protected or encrypted. */
  ENCRYPTED,
  /** Damaged, truncated, or not what its content claims to be. */
  CORRUPT,
  /** A readable file of a type meldcheck does not audit (image, spreadsheet, archive...). */
  UNSUPPORTED,
  /** A PDF with (almost) no text layer, i.e. a scan, read without --ocr. */
  NO_TEXT_LAYER,
  /** Over the file size or extracted text limit. */
  TOO_LARGE,
  /** Parsing took longer than the time limit. */
  TIMEOUT
}
