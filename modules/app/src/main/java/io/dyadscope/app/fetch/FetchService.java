package io.dyadscope.app.fetch;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.fetch.api.AcledApi;
import io.dyadscope.fetch.api.ApiClient;
import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.Apis;
import io.dyadscope.fetch.api.BadResponseException;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.MissingCredentialException;
import io.dyadscope.fetch.api.Settings;
import io.dyadscope.fetch.http.Fetcher;
import io.dyadscope.fetch.http.Fetcher.Fetched;
import io.dyadscope.fetch.http.HttpGetter;
import io.dyadscope.fetch.http.ResponseCache;
import io.dyadscope.fetch.http.Unreachable;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.store.WorkspaceException;
import io.dyadscope.store.fetch.FetchLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dyadscope fetch}: asks each public API for a dyad and period, then imports each source's answers
 * through the importer its format has, all or nothing per source. The answers are fetched before the workspace is
 * opened for writing, so a slow API never holds it; a source that cannot be reached, answers with an error or a
 * malformed body, or whose records an importer refuses, changes nothing and is named.
 */
public final class FetchService {

  /**
   * How to fetch.
   *
   * @param settings base addresses and credentials
   * @param cacheDir where answers are kept ({@code converted/} in it holds the importer files last made)
   * @param maxAge   how old a kept answer may be to be used instead of asking again
   * @param http     the HTTP client (retries)
   * @param clock    the time answers are compared against
   */
  public record Options(Settings settings, Path cacheDir, Duration maxAge, HttpGetter http, Clock clock) {

    public static Options standard(Settings settings, Path cacheDir, boolean refresh) {
      return new Options(settings, cacheDir, refresh ? Duration.ZERO : Duration.ofHours(24), HttpGetter.standard(),
          Clock.systemUTC());
    }
  }

  private final WorkspaceAccess access;
  private final Gazetteer gazetteer;

  public FetchService(WorkspaceAccess access) {
    this.access = access;
    this.gazetteer = Gazetteer.standard();
  }

  /** The default cache folder: {@code $XDG_CACHE_HOME/dyadscope/fetch}, else {@code ~/.cache/dyadscope/fetch}. */
  public static Path defaultCache(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("dyadscope").resolve("fetch");
  }

  /** The settings of this process: system properties, environment and the fetch configuration file. */
  public Settings settings() {
    return io.dyadscope.fetch.http.FetchConfig.load();
  }

  /** What {@code --dry-run} prints: each source's first queries; nothing is sent, the workspace is not opened. */
  public List<FetchPlan> plan(FetchRequest request, List<ApiId> apis, Settings settings) {
    return apis.stream().map(a -> FetchPlan.of(Apis.of(a, gazetteer), request, settings)).toList();
  }

  /** Fetches and imports each of {@code apis}, in order; one outcome per source. */
  public List<FetchOutcome> run(FetchRequest request, List<ApiId> apis, Options options) throws InterruptedException {
    Settings settings = options.settings();
    if (apis.contains(ApiId.ACLED)) {
      Optional<Instant> last = access.read(ws -> new FetchLog(ws).lastFetch(ApiId.ACLED.id(), request.dyad().id()));
      Map<String, String> values = new HashMap<>(settings.values());
      values.put(AcledApi.DELETED_SINCE, Long.toString(last.map(Instant::getEpochSecond).orElse(0L)));
      settings = new Settings(settings.bases(), values);
    }
    Fetcher fetcher = new Fetcher(options.http(), new ResponseCache(options.cacheDir()), options.maxAge(),
        options.clock());
    Map<ApiId, Object> results = new LinkedHashMap<>();
    for (ApiId id : apis) {
      ApiClient api = Apis.of(id, gazetteer);
      try {
        results.put(id, fetcher.fetch(api, request, settings));
      } catch (Unreachable e) {
        results.put(id, failed(id, e.getMessage()));
      } catch (IOException | BadResponseException | MissingCredentialException | IllegalArgumentException e) {
        results.put(id, failed(id, e.getMessage()));
      }
    }
    if (results.values().stream().noneMatch(r -> r instanceof Fetched)) {
      return results.values().stream().map(FetchOutcome.class::cast).toList();
    }
    Path converted = options.cacheDir().resolve("converted");
    return access.write(ws -> {
      List<FetchOutcome> out = new ArrayList<>();
      SourceImport importer = new SourceImport(ws, gazetteer, converted);
      for (Object r : results.values()) {
        if (r instanceof Fetched f) {
          try {
            out.add(importer.run(request, f));
          } catch (ImportException e) {
            out.add(failed(f.api(), e.getMessage()));
          } catch (IOException e) {
            out.add(failed(f.api(), "cannot write the importer file: " + e.getMessage()));
          } catch (WorkspaceException e) {
            // An import that fails in the store rolls back: this source changed nothing.
            out.add(failed(f.api(), e.getMessage()));
          }
        } else {
          out.add((FetchOutcome) r);
        }
      }
      return out;
    });
  }

  /** One recorded answer, as {@code sources} lists it. */
  public record Answer(String api, String dyad, String query, Instant retrievedAt, String sha256, long bytes,
      String importedAs) {}

  /** Every API answer behind the workspace's fetched observations and events, oldest first. */
  public List<Answer> answers() {
    return access.read(ws -> new FetchLog(ws).all().stream().map(e -> new Answer(e.api(), e.dyad(), e.query(),
        e.retrievedAt(), e.sha256(), e.bytes(), e.kind().word() + " import " + e.importId())).toList());
  }

  static FetchOutcome failed(ApiId api, String message) {
    List<String> lines = new ArrayList<>();
    lines.add(api.id() + ": not imported, nothing changed");
    for (String l : message.split("\n")) {
      lines.add("  " + l);
    }
    return new FetchOutcome(api.id(), false, lines);
  }

  static String answers(Fetched f) {
    long bytes = f.responses().stream().mapToLong(r -> r.body().length).sum();
    return Figures.count(f.responses().size()) + " answer(s), " + Figures.count(bytes) + " bytes"
        + (f.cached() > 0 ? ", " + Figures.count(f.cached()) + " from the cache" : "");
  }
}
