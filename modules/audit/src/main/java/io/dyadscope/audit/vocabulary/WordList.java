package io.dyadscope.audit.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English words of a well-kept spelling list: Debian's {@code wamerican} (SCOWL), shipped as
 * {@code words.txt.gz} with its licence in {@code words.LICENSE.txt}. Loaded once, on first use.
 */
public final class WordList {

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private WordList() {}

  /** True when {@code word} (any case) or its singular is an English word of the list. */
  public static boolean contains(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> words = Holder.WORDS;
    return words.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1));
  }

  /** True when {@code word} (any case) is in the list as it is, without folding a plural. */
  public static boolean containsExactly(String word) {
    return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream raw = WordList.class.getResourceAsStream("/io/dyadscope/audit/words.txt.gz")) {
      if (raw == null) {
        throw new IllegalStateException("words.txt.gz missing from the classpath");
      }
      Set<String> out = new HashSet<>(150_000);
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String w = line.strip();
        if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException("words.txt.gz:" + n + ": expected one lower-case word, found '" + line + "'");
        }
        out.add(w);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
