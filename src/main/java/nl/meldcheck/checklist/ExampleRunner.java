package nl.meldcheck.checklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.meldcheck.document.Block;
import nl.meldcheck.document.BlockKind;
import nl.meldcheck.document.Document;
import nl.meldcheck.document.DocumentFormat;
import nl.meldcheck.match.DocumentIndex;
import nl.meldcheck.match.Region;

/**
 * Runs the {@code examples} of every criterion: each passage becomes a small document and the
 * criterion's check must give exactly the expected outcome. The build runs this over the shipped
 * checklists; {@code meldcheck checklists test} runs it over a user's.
 */
public final class ExampleRunner {
  /**
   * One example's verdict.
   *
   * @param criterionId the criterion
   * @param expected "pass", "partial", "review" or "fail"
   * @param actual what the check gave
   * @param passage the example text
   * @param ok whether {@code actual} is {@code expected}
   */
  public record Result(String criterionId, String expected, Outcome actual, String passage, boolean ok) {}

  private ExampleRunner() {}

  /** Every example of every criterion, in checklist order, then pass, partial, review, fail. */
  public static List<Result> run(Checklist checklist, LocalDate asOf) {
    List<Result> out = new ArrayList<>();
    for (Criterion c : checklist.criteria()) {
      Examples e = c.examples();
      run(checklist, c, Outcome.PASS, e.pass(), asOf, out);
      run(checklist, c, Outcome.PARTIAL, e.partial(), asOf, out);
      run(checklist, c, Outcome.REVIEW, e.review(), asOf, out);
      run(checklist, c, Outcome.FAIL, e.fail(), asOf, out);
    }
    return List.copyOf(out);
  }

  /** Each passage is judged as an audit judges a document, with the checklist's topic rules. */
  private static void run(Checklist checklist, Criterion c, Outcome expected, List<String> passages, LocalDate asOf,
      List<Result> out) {
    for (String passage : passages) {
      DocumentIndex index = DocumentIndex.of(document(passage));
      CheckContext context = new CheckContext(asOf, checklist.partialCap(), Region.of(index, checklist.context()));
      Outcome actual = c.check().evaluate(index, context).outcome();
      out.add(new Result(c.id(), expected.code(), actual, passage, actual == expected));
    }
  }

  /**
   * A passage as a plain-text document: one paragraph per non-empty line; a line starting with
   * "# " is a level-1 heading over the lines after it.
   */
  static Document document(String passage) {
    List<Block> blocks = new ArrayList<>();
    List<String> path = List.of();
    String[] lines = passage.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# ")) {
        String heading = line.substring(2).strip();
        path = List.of(heading);
        blocks.add(new Block(blocks.size(), BlockKind.HEADING, heading, path, 1, 0, i + 1));
      } else {
        blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, line, path, 0, 0, i + 1));
      }
    }
    return new Document("example", DocumentFormat.TXT, blocks, 0, Map.of(), sha256(passage));
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
