package nl.meldcheck.audit;

/**
 * A fix that would raise the score: meeting criterion {@code id} fully adds {@code gain} points.
 *
 * @param id criterion id
 * @param title criterion title
 * @param gain score points gained if the criterion passed
 * @param advice what to write
 */
public record Fix(String id, String title, double gain, String advice) {}
