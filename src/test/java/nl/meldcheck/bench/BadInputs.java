package nl.meldcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.meldcheck.document.Fixtures;

/**
 * Writes the bad inputs of the batch benchmark corpus that Python cannot make
 * ({@code scripts/make-batch-corpus} calls it): a password-protected PDF and DOCX, and PDFs so
 * long that parsing them outlasts a short {@code --timeout} or passes the text limit (the
 * "hanging" input: Tika has no infinite loop on demand, but a parse longer than the limit is what
 * a hang looks like to the batch). The files come from the test fixtures' writers.
 *
 * <p>Usage: {@code java -cp meldcheck-all.jar:target/test-classes nl.meldcheck.bench.BadInputs OUTDIR PLAIN.docx [PAGES]}
 * writes encrypted.docx, encrypted.pdf, slow.pdf (PAGES pages, default 1000) and long.pdf (4 × PAGES).
 */
public final class BadInputs {
  private BadInputs() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    Path docx = Path.of(args[1]);
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    Fixtures.encryptedDocx(docx, out.resolve("encrypted.docx"));
    Fixtures.pdf(out.resolve("encrypted.pdf"), pages(2), "geheim");
    // ~4.5 million characters: under the 5 million limit, seconds to parse
    Fixtures.pdf(out.resolve("slow.pdf"), pages(pages), null);
    // ~18 million characters: over the text limit, refused as too large while parsing
    Fixtures.pdf(out.resolve("long.pdf"), pages(4 * pages), null);
  }

  /** Pages of 50 lines of meldcode-like text. */
  private static List<List<String>> pages(int n) {
    List<List<String>> out = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      List<String> lines = new ArrayList<>(50);
      for (int l = 0; l < 50; l++) {
        lines.add("Stap " + (l % 5 + 1) + ": de beroepskracht brengt signalen in kaart en overlegt met een collega (" + p + ").");
      }
      out.add(lines);
    }
    return out;
  }
}
