package nl.meldcheck.match;

/**
 * A word of a block.
 *
 * @param folded the word folded for matching (lower case, no diacritics, hyphenation repaired)
 * @param stem its Dutch stem
 * @param start offset of its first character in the block text
 * @param end offset just past its last character in the block text
 */
public record Token(String folded, String stem, int start, int end) {}
