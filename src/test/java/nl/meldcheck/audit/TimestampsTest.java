package nl.meldcheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  @ParameterizedTest
  @ValueSource(longs = {0L, 1_795_881_223L, 951_782_400L /* 2000-02-29 */, 4_102_444_799L, 1_700_000_000L})
  void sameAsJavaTimeToTheSecond(long epochSecond) {
    Instant i = Instant.ofEpochSecond(epochSecond, 987_000_000);
    assertEquals(i.truncatedTo(ChronoUnit.SECONDS).toString(), Timestamps.iso(i));
  }
}
