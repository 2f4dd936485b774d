package nl.meldcheck.document;

/** The document formats meldcheck reads. Detected from content, not from the file name. */
public enum DocumentFormat {
  PDF, DOCX, DOC, ODT, RTF, HTML, TXT, MD;

  /** Formats with page numbers in their evidence. */
  public boolean hasPages() {
    return this == PDF;
  }

  /** Formats whose evidence carries line numbers (plain text inputs). */
  public boolean hasLines() {
    return this == TXT || this == MD;
  }
}
