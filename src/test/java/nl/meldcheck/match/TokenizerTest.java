package nl.meldcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void wordsBrokenAtLineEndsAndSoftHyphensAreJoined() {
    List<Token> t = Tokenizer.tokenize("De signa-\n  len en het sig\u00ADnaal; Veilig-\nThuis.");
    assertEquals(List.of("de", "signalen", "en", "het", "signaal", "veilig", "thuis"),
        t.stream().map(Token::folded).toList());
    assertEquals("signa-\n  len", "De signa-\n  len".substring(t.get(1).start(), t.get(1).end()));
  }

  /** The word-by-word reading the tokenizer had before it took plain words as one substring. */
  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Tokenizer.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder raw = new StringBuilder();
      while (i < n) {
        char c = text.charAt(i);
        if (Tokenizer.isWordChar(c)) {
          raw.append(c);
          i++;
        } else if (c == '\u00AD') {
          i++;
        } else if (c == '-' && Character.isLetter(text.charAt(i - 1))) {
          int j = i + 1;
          while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
          }
          if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
            while (j < n && Character.isWhitespace(text.charAt(j))) {
              j++;
            }
            if (j < n && Character.isLowerCase(text.charAt(j))) {
              i = j;
              continue;
            }
          }
          break;
        } else {
          break;
        }
      }
      String folded = Fold.fold(raw.toString());
      out.add(folded + "|" + Stemmer.stem(folded) + "|" + start + "|" + i);
    }
    return out;
  }

  @Test
  void tokensAreThoseOfTheCharacterByCharacterReading() {
    String[] pieces = {"signa", "len", "Cliënt", "e\u0301", "1", "2e", " ", "  ", "-", "- ", "-\n", "-\r\n  ",
      "- \n", "\u00AD", "\n", "\t", ".", ",", "Veilig", "thuis", "ÉÉN", "ﬁ", "\u00e9", "'", "’", "3-", "a-",
      "-b", "meldcode", "MELDCODE"};
    Random r = new Random(42);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int m = r.nextInt(10); m > 0; m--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<String> actual = Tokenizer.tokenize(text).stream()
          .map(t -> t.folded() + "|" + t.stem() + "|" + t.start() + "|" + t.end()).toList();
      assertEquals(reference(text), actual, text);
    }
  }

  @Test
  void aLongTextKeepsEveryWordAndNumbersEachFoldedFormOnce() {
    // thousands of distinct words, each written in two ways and most repeated: the per-text word
    // table grows many times, and "Wab" / "WAB" must share a folded form and its number
    Random r = new Random(11);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 20_000; k++) {
      String w = "w" + Integer.toString(r.nextInt(3000), 36);
      b.append(r.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT)).append(r.nextInt(8) == 0 ? ". " : " ");
    }
    String text = b.toString();
    List<Token> tokens = Tokenizer.tokenize(text);
    assertEquals(reference(text), tokens.stream()
        .map(t -> t.folded() + "|" + t.stem() + "|" + t.start() + "|" + t.end()).toList());
    java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
    for (Token t : tokens) {
      Integer n = numbers.putIfAbsent(t.folded(), numbers.size());
      assertEquals(n == null ? numbers.size() - 1 : n, t.number(), t.folded());
    }
    assertEquals(true, numbers.size() > 2000, "distinct words: " + numbers.size());
  }
}
