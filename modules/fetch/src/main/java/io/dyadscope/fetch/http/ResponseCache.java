package io.dyadscope.fetch.http;

import io.dyadscope.evidence.Hashing;
import io.dyadscope.fetch.api.Query;
import io.dyadscope.fetch.api.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers kept on disk, keyed by the query's address (which holds no secret): {@code KEY.body} and {@code KEY.meta}
 * (address, retrieval time, SHA-256), KEY being the SHA-256 of the address. Written through a temporary file and a
 * move, so a reader never sees half an answer; only answers that were read without a problem are kept.
 */
public record ResponseCache(Path directory) {

  /** The kept answer to {@code q} retrieved at most {@code maxAge} before {@code now} (any age when immutable). */
  public Optional<Response> get(Query q, Duration maxAge, Instant now) {
    String key = Hashing.sha256(q.url());
    Path meta = directory.resolve(key + ".meta");
    Path body = directory.resolve(key + ".body");
    if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
      if (lines.size() < 3 || !lines.get(0).equals(q.url())) {
        return Optional.empty();
      }
      Instant retrieved = Instant.parse(lines.get(1));
      if (!q.immutable() && retrieved.plus(maxAge).isBefore(now)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(body);
      String sha = Hashing.sha256(bytes);
      if (!sha.equals(lines.get(2))) {
        return Optional.empty();
      }
      return Optional.of(new Response(q, bytes, retrieved, sha, true));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps {@code r}. */
  public void put(Response r) {
    String key = Hashing.sha256(r.query().url());
    try {
      Files.createDirectories(directory);
      write(directory.resolve(key + ".body"), r.body());
      write(directory.resolve(key + ".meta"), (r.query().url() + "\n" + r.retrievedAt() + "\n" + r.sha256() + "\n")
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fetch cache in " + directory + ": " + e.getMessage(), e);
    }
  }

  private void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(directory, ".part-", ".tmp");
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
