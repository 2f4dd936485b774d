package nl.meldcheck.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePatternTest {
  @Test
  void strictPatterns() {
    DatePattern nl = DatePattern.of("dd-MM-yyyy");
    assertEquals(LocalDate.of(2025, 2, 28), nl.parse("28-02-2025"));
    assertNull(nl.parse("31-02-2025"), "no such day");
    assertNull(nl.parse("29-02-2025"));
    assertEquals(LocalDate.of(2024, 2, 29), nl.parse("29-02-2024"));
    assertNull(nl.parse("3-2-2025"), "dd needs two digits");
    assertNull(nl.parse("03-02-25"));
    assertNull(nl.parse("03-02-2025x"));
    assertNull(nl.parse("onbekend"));
    assertNull(nl.parse(""));
    DatePattern loose = DatePattern.of("d-M-yyyy");
    assertEquals(LocalDate.of(2025, 2, 3), loose.parse("3-2-2025"));
    assertEquals(LocalDate.of(2025, 12, 13), loose.parse("13-12-2025"));
    assertNull(loose.parse("13-13-2025"));
    assertEquals(LocalDate.of(2025, 2, 3), DatePattern.of("yyyy-MM-dd").parse("2025-02-03"));
    assertEquals(LocalDate.of(2025, 2, 3), DatePattern.of("d/M/yyyy").parse("3/2/2025"));
    assertEquals(LocalDate.of(2025, 2, 3), DatePattern.of("ddMMyyyy").parse("03022025"));
  }

  @Test
  void badPatternsAreRejectedWithADutchReason() {
    assertEquals("'dd-MMM-yyyy': maand als M of MM, één keer",
        assertThrows(IllegalArgumentException.class, () -> DatePattern.of("dd-MMM-yyyy"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> DatePattern.of("dd-MM-yy"));
    assertThrows(IllegalArgumentException.class, () -> DatePattern.of("dd-MM"));
    assertThrows(IllegalArgumentException.class, () -> DatePattern.of("dd-MM-yyyy HH:mm"));
  }
}
