package io.dyadscope.fetch.api;

import java.util.List;

/**
 * One API: the queries for a dyad and period, what each answer says about paging, and the importer
 * input the answers become. Pure: no I/O; the {@code http} package sends the queries.
 */
public interface ApiClient {

  ApiId id();

  /** The first queries (page one of each); a page may call for more ({@link Page#next()}). */
  List<Query> queries(FetchRequest request, Settings settings);

  /**
   * {@code q} with the credentials it is sent with (never shown or stored); the default adds none.
   *
   * @throws MissingCredentialException when the API needs a key that is not set
   */
  default Query authorize(Query q, Settings settings) {
    return q;
  }

  /** What {@code --dry-run} adds after the queries: how paging goes on. */
  String pagingNote();

  /**
   * Reads one answer: the records it holds and the queries it calls for.
   *
   * @throws BadResponseException when it is an error page or not shaped as documented
   */
  Page page(FetchRequest request, Query query, byte[] body, Settings settings) throws BadResponseException;

  /**
   * The importer input made of every answer, in the order they were fetched.
   *
   * @throws BadResponseException when an answer is not shaped as documented
   */
  ImportInput input(FetchRequest request, List<Response> responses) throws BadResponseException;
}
