package nl.meldcheck.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 UTC timestamps to the second ("2026-11-28T15:04:05Z"), written by hand: Instant's own
 * toString initialises java.time's formatter tables, about 100 ms of a one-document run's cold
 * start (measured).
 */
final class Timestamps {
  private Timestamps() {}

  static String iso(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(20);
    sb.append(t.getYear()).append('-');
    two(sb, t.getMonthValue()).append('-');
    two(sb, t.getDayOfMonth()).append('T');
    two(sb, t.getHour()).append(':');
    two(sb, t.getMinute()).append(':');
    two(sb, t.getSecond()).append('Z');
    return sb.toString();
  }

  private static StringBuilder two(StringBuilder sb, int v) {
    return sb.append(v < 10 ? "0" : "").append(v);
  }
}
