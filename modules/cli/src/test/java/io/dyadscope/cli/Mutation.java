package io.dyadscope.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a seed file, of the kinds real bad input shows: a byte changed, bytes cut or
 * inserted, the file truncated, a line repeated or dropped, a field replaced by a hostile value,
 * Latin-1 or NUL bytes, a field separator added or removed. Positions are fractions of the length,
 * so every mutation applies to every seed and shrinks towards the start.
 */
record Mutation(int kind, double where, double span, int value) {

  /** Values people and tools put in cells: empty, placeholders, huge, negative, odd numbers and dates, quotes, markup. */
  static final List<String> HOSTILE = List.of("", "-", "..", "NaN", "1e309", "-1", "99999999999999999999", "0x1F",
      "\uFF11\uFF12", "2024-13", "31 February 2023", "\"", "\"\"", ",", "\t", "\n", "\r\n", "<script>x</script>",
      "../../etc/passwd", "file:///etc/passwd", "\u202Eevil", "x".repeat(5000), "\uD83D\uDE00", "Khyber Pakht\u00fankhwa",
      "PAK", "AFG", "1,234", "12%", "1.4 million", " ", "null", "{", "]", "\\");

  static final int KINDS = 11;

  static Arbitrary<Mutation> any() {
    return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255)).as(Mutation::new);
  }

  /** Between one and {@code max} mutations. */
  static Arbitrary<List<Mutation>> some(int max) {
    return any().list().ofMinSize(1).ofMaxSize(max);
  }

  static byte[] applyAll(byte[] seed, List<Mutation> mutations) {
    byte[] b = seed;
    for (Mutation m : mutations) {
      b = m.apply(b);
    }
    return b;
  }

  byte[] apply(byte[] b) {
    int n = b.length;
    int at = n == 0 ? 0 : (int) Math.min(n - 1, Math.floor(where * n));
    int len = (int) Math.ceil(span * Math.min(64, n));
    return switch (kind) {
      case 0 -> { // one byte changed
        byte[] c = b.clone();
        if (n > 0) {
          c[at] = (byte) value;
        }
        yield c;
      }
      case 1 -> cut(b, at, Math.min(n, at + len));
      case 2 -> insert(b, at, randomBytes(len));
      case 3 -> Arrays.copyOf(b, at);                                        // truncated
      case 4 -> insert(b, at, HOSTILE.get(value % HOSTILE.size()).getBytes(StandardCharsets.UTF_8));
      case 5 -> insert(b, at, new byte[] {(byte) (0xA0 + value % 0x60)});   // a Latin-1 letter
      case 6 -> insert(b, at, new byte[] {0});
      case 7 -> lines(b, true);
      case 8 -> lines(b, false);
      case 9 -> insert(b, at, new byte[] {(byte) ",\t;\"\n".charAt(value % 5)});
      default -> replaceField(b, at);
    };
  }

  private byte[] randomBytes(int len) {
    byte[] r = new byte[len];
    long s = value * 6364136223846793005L + 1442695040888963407L;
    for (int i = 0; i < len; i++) {
      s = s * 6364136223846793005L + 1442695040888963407L;
      r[i] = (byte) (s >>> 56);
    }
    return r;
  }

  /** A whole line repeated ({@code repeat}) or dropped. */
  private byte[] lines(byte[] b, boolean repeat) {
    String[] lines = new String(b, StandardCharsets.ISO_8859_1).split("\n", -1);
    int i = (int) Math.min(lines.length - 1, Math.floor(where * lines.length));
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < lines.length; k++) {
      if (k == i && !repeat) {
        continue;
      }
      out.append(lines[k]);
      if (k == i && repeat) {
        out.append('\n').append(lines[k]);
      }
      if (k < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The field around {@code at} (between separators) replaced by a hostile value. */
  private byte[] replaceField(byte[] b, int at) {
    int from = at;
    while (from > 0 && !separator(b[from - 1])) {
      from--;
    }
    int to = at;
    while (to < b.length && !separator(b[to])) {
      to++;
    }
    return insert(cut(b, from, to), from, HOSTILE.get(value % HOSTILE.size()).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean separator(byte c) {
    return c == ',' || c == '\t' || c == '\n' || c == '"' || c == '<' || c == '>';
  }

  private static byte[] cut(byte[] b, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, from);
    out.write(b, to, b.length - to);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    int i = Math.min(at, b.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b, 0, i);
    out.write(what, 0, what.length);
    out.write(b, i, b.length - i);
    return out.toByteArray();
  }
}
