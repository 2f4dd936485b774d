package nl.meldcheck.cases;

import java.nio.charset.StandardCharsets;

/**
 * Remembers which case ids were seen, and in which row, as 64-bit hashes in an open-addressing
 * table: 16 bytes per case instead of a String set (about 100 bytes per case), so a million-row
 * export needs 16–32 MB. Two different ids share a hash with probability about n²/2⁶⁵ (3·10⁻⁸
 * for a million cases); such a pair would be reported as a duplicate.
 */
final class IdIndex {
  private long[] keys = new long[1 << 10];
  private long[] rows = new long[1 << 10];
  private int size;

  /** Records {@code id} at {@code row}; returns the earlier row of the same id, or 0. */
  long putIfAbsent(String id, long row) {
    long h = hash(id);
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    int mask = keys.length - 1;
    int i = (int) (h ^ h >>> 32) & mask;
    while (keys[i] != 0) {
      if (keys[i] == h) {
        return rows[i];
      }
      i = i + 1 & mask;
    }
    keys[i] = h;
    rows[i] = row;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long h = oldKeys[j];
      if (h != 0) {
        int i = (int) (h ^ h >>> 32) & mask;
        while (keys[i] != 0) {
          i = i + 1 & mask;
        }
        keys[i] = h;
        rows[i] = oldRows[j];
      }
    }
  }

  /** FNV-1a over UTF-8 with a murmur finaliser: fast, well spread, no allocation per char. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
