package io.dyadscope.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Enums read back by the word they are written as (a label or an id, in files, options and
 * addresses): one lookup for all of them, and one error, which names the text and every word
 * accepted.
 */
public final class Labels {

  private Labels() {}

  /**
   * The constant among {@code values} whose {@code label} is {@code text}, ignoring case and
   * surrounding blanks.
   *
   * @param what the kind of thing named, for the error: {@code dataset}, {@code source kind}
   * @throws IllegalArgumentException naming {@code what}, the text and the labels expected
   */
  public static <E> E parse(E[] values, Function<E, String> label, String text, String what) {
    return find(values, label, text).orElseThrow(() -> unknown(values, label, text, what));
  }

  /** The constant among {@code values} whose {@code label} is {@code text} (case and blanks aside), if any. */
  public static <E> Optional<E> find(E[] values, Function<E, String> label, String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values).filter(v -> label.apply(v).toLowerCase(Locale.ROOT).equals(t)).findFirst();
  }

  /** The error for a {@code text} that names none of {@code values}: {@code unknown dataset 'x' (expected acled, ucdp or gdelt)}. */
  public static <E> IllegalArgumentException unknown(E[] values, Function<E, String> label, String text, String what) {
    return new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + expected(values, label) + ")");
  }

  /** The labels of {@code values} in their order, as a sentence offers a choice: {@code acled, ucdp or gdelt}. */
  public static <E> String expected(E[] values, Function<E, String> label) {
    List<String> words = Arrays.stream(values).map(label).toList();
    int last = words.size() - 1;
    return last <= 0 ? String.join("", words) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
  }
}
