package io.dyadscope.audit.check;

import java.util.Locale;

/**
 * How often each word of a text occurs, lower-cased ({@code toLowerCase(Locale.ROOT)}), counted
 * from stretches of the text without cutting each word out: a report of megabytes repeats a few
 * thousand words, so only a new word's lower case is made. An ASCII word is hashed and compared
 * letter by letter in place; any other word is lower-cased first, as before, so both kinds meet in
 * one table with the same keys a {@code HashMap<String, ...>} would hold.
 */
final class WordCounts {

  private String[] keys = new String[1 << 10];
  private int[][] cells = new int[1 << 10][];
  private int size;

  /** The count cell of {@code text[start, end)} lower-cased, made (at 0) when new. */
  int[] cell(String text, int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return cell(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      h = 31 * h + lower(c);
    }
    int len = end - start;
    int mask = keys.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        // An ASCII word lower-cased by Locale.ROOT is its letters A-Z mapped to a-z: hash h.
        return insert(slot, text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      if (key.hashCode() == h && sameLower(key, text, start, len)) {
        return cells[slot];
      }
    }
  }

  /** The count cell of the lower-case word {@code lower}, made (at 0) when new. */
  int[] cell(String lower) {
    int h = lower.hashCode();
    int mask = keys.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return insert(slot, lower);
      }
      if (key.hashCode() == h && key.equals(lower)) {
        return cells[slot];
      }
    }
  }

  /** How often {@code lower} occurs, 0 when never. */
  int count(String lower) {
    int h = lower.hashCode();
    int mask = keys.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return 0;
      }
      if (key.hashCode() == h && key.equals(lower)) {
        return cells[slot][0];
      }
    }
  }

  private int[] insert(int slot, String key) {
    int[] cell = new int[1];
    keys[slot] = key;
    cells[slot] = cell;
    if (++size * 2 > keys.length) {
      grow();
    }
    return cell;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[][] oldCells = cells;
    keys = new String[oldKeys.length * 2];
    cells = new int[oldKeys.length * 2][];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = spread(oldKeys[i].hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        cells[slot] = oldCells[i];
      }
    }
  }

  private static boolean sameLower(String key, String text, int start, int len) {
    if (key.length() != len) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (key.charAt(k) != lower(text.charAt(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
