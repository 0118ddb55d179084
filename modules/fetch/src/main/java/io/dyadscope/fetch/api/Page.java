package io.dyadscope.fetch.api;

import java.util.List;

/**
 * What one answer said about paging.
 *
 * @param records the records it held
 * @param next    further queries it calls for (the next page, GDELT's export files); empty at the end
 */
public record Page(int records, List<Query> next) {

  public Page {
    next = List.copyOf(next);
  }

  public static Page last(int records) {
    return new Page(records, List.of());
  }

  /**
   * An answer to {@code q}, whose address ends in {@code &page=N}, being page {@code page} of an API
   * that numbers pages up to {@code lastPage}: the same address with the following page, until the last.
   */
  public static Page numbered(Query q, int records, int page, int lastPage) {
    if (page < lastPage) {
      String next = q.url().replaceFirst("&page=\\d+$", "&page=" + (page + 1));
      return new Page(records, List.of(Query.of(q.api(), next)));
    }
    return last(records);
  }
}
