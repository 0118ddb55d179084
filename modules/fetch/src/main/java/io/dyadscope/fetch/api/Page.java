package io.dyadscope.fetch.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one answer said about paging.
 *
 * @param records the records it held
 * @param next    further queries it calls for (the next page, GDELT's export files); empty at the end
 */
public record Page(int records, List<Query> next) {

  private static final Pattern PAGE = Pattern.compile("&page=(\\d+)$");

  public Page {
    next = List.copyOf(next);
  }

  public static Page last(int records) {
    return new Page(records, List.of());
  }

  /** The page number at the end of {@code q}'s address ({@code &page=N}), or {@code first} when it names none. */
  public static int number(Query q, int first) {
    Matcher m = PAGE.matcher(q.url());
    return m.find() ? Integer.parseInt(m.group(1)) : first;
  }

  /**
   * An answer to {@code q}, whose address ends in {@code &page=N}, being page {@code page} of an API
   * that numbers pages up to {@code lastPage}: the same address with the following page, until the last.
   */
  public static Page numbered(Query q, int records, int page, int lastPage) {
    if (page < lastPage) {
      String next = PAGE.matcher(q.url()).replaceFirst("&page=" + (page + 1));
      return new Page(records, List.of(Query.of(q.api(), next)));
    }
    return last(records);
  }
}
