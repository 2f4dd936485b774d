package nl.meldcheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Throwables from deep inside a parser map onto problems by their cause chain. */
class ParseFailuresTest {
  private static ReadProblem map(Throwable t, boolean limit) {
    DocumentException e = ParseFailures.map(t, limit, "x.docx", ReadOptions.DEFAULTS);
    assertTrue(e.getMessage().startsWith("x.docx: "), e.getMessage());
    return e.problem();
  }

  @Test
  void causeChainDecides() {
    assertEquals(ReadProblem.TOO_LARGE, map(new OutOfMemoryError("Java heap space"), false));
    assertEquals(ReadProblem.TOO_LARGE,
        map(new TikaException("wrapped", new SAXException("Suspected zip bomb: 100 output")), false));
    assertEquals(ReadProblem.ENCRYPTED,
        map(new TikaException("wrapped", new EncryptedDocumentException("password")), false));
    assertEquals(ReadProblem.ENCRYPTED,
        map(new IOException(new org.apache.poi.EncryptedDocumentException("poi")), false));
    assertEquals(ReadProblem.CORRUPT, map(new TikaException("Unexpected RuntimeException"), false));
    assertEquals(ReadProblem.CORRUPT, map(new IllegalStateException("bad offset"), false));
    assertEquals(ReadProblem.TOO_LARGE, map(new TikaException("any"), true), "the limit wins");
  }
}
