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
}
