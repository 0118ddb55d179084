package io.dyadscope.fetch.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An API that answers each query in one page: the page is the records it holds, and no query follows. */
interface OnePageApi extends ApiClient {

  /**
   * The records of one answer to {@code q}.
   *
   * @throws BadResponseException when it is an error page or not shaped as documented
   */
  List<JsonNode> records(Query q, byte[] body) throws BadResponseException;

  @Override
  default Page page(FetchRequest r, Query q, byte[] body, Settings s) throws BadResponseException {
    return Page.last(records(q, body).size());
  }
}
