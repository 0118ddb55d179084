package io.dyadscope.audit;

import java.util.BitSet;

/** Line numbers as ranges for messages: {@code 24-33, 102, 190-193}. */
final class Ranges {

  private Ranges() {}

  static String of(BitSet lines) {
    StringBuilder sb = new StringBuilder();
    int i = lines.nextSetBit(0);
    while (i >= 0) {
      int end = lines.nextClearBit(i) - 1;
      sb.append(sb.length() > 0 ? ", " : "").append(i).append(end > i ? "-" + end : "");
      i = lines.nextSetBit(end + 1);
    }
    return sb.toString();
  }
}
