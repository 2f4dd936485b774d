package nl.meldcheck.match;

/**
 * A word of a block.
 *
 * @param folded the word folded for matching (lower case, no diacritics, hyphenation repaired)
 * @param stem its Dutch stem
 * @param start offset of its first character in the block text
 * @param end offset just past its last character in the block text
 * @param number the number of its folded form among the distinct folded words of the text it was
 *     read from (equal numbers, equal folded forms; see {@link Stemmer.Local})
 */
public record Token(String folded, String stem, int start, int end, int number) {}
