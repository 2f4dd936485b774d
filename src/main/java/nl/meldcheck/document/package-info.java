/**
 * Reading a document file into a {@link nl.meldcheck.document.Document}: blocks (headings,
 * paragraphs, list items, table rows, text boxes) in reading order with their heading path, page
 * (PDF) or line (TXT, MD). The only package that imports Apache Tika.
 *
 * <p>Entry point: {@link nl.meldcheck.document.DocumentReader}. Formats are detected from the
 * bytes (a PDF named .docx is a PDF); every unreadable input ends as a
 * {@link nl.meldcheck.document.DocumentException} with a {@link nl.meldcheck.document.ReadProblem}
 * and a Dutch one-line message that names the file and says what to do.
 * {@link nl.meldcheck.document.DutchDetector} tells whether the text is Dutch.
 *
 * <p>Headings come from h1..h6, DOCX style classes "kop_N"/"heading_N", Markdown '#' and setext,
 * and from wording: "Stap N" and section numbers ("2.", "2.1") on short paragraphs without a
 * final period (see {@code HeadingRules} and {@code BlockBuilder}).
 *
 * <p>Layout: a table becomes one block per row with its column headers ({@code TableBuffer});
 * text boxes and shapes become TEXT_BOX blocks, never headings; in a PDF, running headers and
 * footers are dropped and paragraphs broken by a page or column are joined ({@code PageCleanup});
 * DOCX headers and footers are kept once ({@code BlockHandler}). Text is kept as extracted
 * apart from trimming, collapsing spaces and tabs, and dropping empty lines; repairs belong to
 * the match package.
 *
 * <p>Side effect to know about: creating Tika's parser loads its OOXMLParser, which switches off
 * POI's zip-bomb ratio check JVM-wide ({@code ZipSecureFile.setMinInflateRatio(-1)}). This
 * package pre-scans ZIP inputs itself; other packages using POI in the same JVM should not rely on
 * POI's check.
 *
 * <p>Allowed dependencies: the JDK, Apache Tika (with the POI and PDFBox it brings). Depends on no
 * other meldcheck package.
 */
package nl.meldcheck.document;
