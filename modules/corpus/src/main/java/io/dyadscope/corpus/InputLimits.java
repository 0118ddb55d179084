package io.dyadscope.corpus;

import java.util.List;
import java.util.Locale;

/**
 * How much an untrusted file may unpack to before it is refused: entries in an archive, bytes per
 * entry and in total, the compression ratio, and the size of one document. Each refusal names the
 * limit and the option that raises it ({@code --limit NAME=VALUE}).
 *
 * @param entries most entries in one archive
 * @param entryBytes most bytes one archive entry unpacks to
 * @param totalBytes most bytes an archive unpacks to in all
 * @param ratio most unpacked bytes per compressed byte of an entry (checked past the first MiB)
 * @param documentBytes most bytes of one document file or text source
 */
public record InputLimits(int entries, long entryBytes, long totalBytes, int ratio, long documentBytes) {

  private static final long MIB = 1024L * 1024L;

  /** The defaults: 10,000 entries, 64 MiB an entry, 512 MiB in all, a ratio of 100, 32 MiB a document. */
  public static final InputLimits DEFAULT = new InputLimits(10_000, 64 * MIB, 512 * MIB, 100, 32 * MIB);

  /** The names {@link #with} accepts. */
  public static final List<String> NAMES = List.of("entries", "entry-mb", "total-mb", "ratio", "document-mb");

  public InputLimits {
    if (entries < 1 || entryBytes < 1 || totalBytes < 1 || ratio < 1 || documentBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * These limits with one changed, from {@code NAME=VALUE} (sizes in MiB).
   *
   * @throws IllegalArgumentException naming the known names, or the value that is not a positive whole number
   */
  public InputLimits with(String assignment) {
    int eq = assignment.indexOf('=');
    String name = eq < 0 ? assignment.strip() : assignment.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    if (eq < 0 || !NAMES.contains(name)) {
      throw new IllegalArgumentException("'" + assignment + "' is not NAME=VALUE with NAME one of "
          + String.join(", ", NAMES));
    }
    long v;
    try {
      v = Long.parseLong(assignment.substring(eq + 1).strip());
    } catch (NumberFormatException e) {
      v = 0;
    }
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("limit " + name + " must be a positive whole number, not '"
          + assignment.substring(eq + 1).strip() + "'");
    }
    return switch (name) {
      case "entries" -> new InputLimits((int) v, entryBytes, totalBytes, ratio, documentBytes);
      case "entry-mb" -> new InputLimits(entries, v * MIB, totalBytes, ratio, documentBytes);
      case "total-mb" -> new InputLimits(entries, entryBytes, v * MIB, ratio, documentBytes);
      case "ratio" -> new InputLimits(entries, entryBytes, totalBytes, (int) v, documentBytes);
      default -> new InputLimits(entries, entryBytes, totalBytes, ratio, v * MIB);
    };
  }

  /** These limits with every assignment applied in order. */
  public InputLimits with(List<String> assignments) {
    InputLimits out = this;
    for (String a : assignments) {
      out = out.with(a);
    }
    return out;
  }

  /** "64 MiB" for a byte count of whole MiB. */
  public static String mib(long bytes) {
    return (bytes / MIB) + " MiB";
  }

  /** The refusal of a document larger than {@link #documentBytes}. */
  public CorpusException documentTooLarge(String where, long size) {
    return new CorpusException(where + ": is " + size + " bytes, more than the " + mib(documentBytes)
        + " a document may have (raise with --limit document-mb=N)");
  }
}
