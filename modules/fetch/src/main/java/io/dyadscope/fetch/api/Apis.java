package io.dyadscope.fetch.api;

import io.dyadscope.evidence.Gazetteer;
import java.util.List;

/** Every API {@code dyadscope fetch} knows, in the order it fetches them. */
public final class Apis {

  private Apis() {}

  public static List<ApiClient> all(Gazetteer gazetteer) {
    return List.of(new WorldBankApi(), new UnhcrApi(), new UcdpApi(), new ImfApi(gazetteer), new GdeltApi(),
        new AcledApi(), new ComtradeApi());
  }

  public static ApiClient of(ApiId id, Gazetteer gazetteer) {
    return all(gazetteer).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }
}
