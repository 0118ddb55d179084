package io.dyadscope.corpus.codebook;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.index.CorpusAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * A set of codes, in order. Every rule is parsed when the codebook is made, so a codebook that
 * exists is one whose rules all run; a broken rule is an error naming the code and the query.
 */
public final class Codebook {

  private final String name;
  private final Map<String, Code> codes;
  private final Map<String, List<Query>> queries;

  /**
   * @throws CorpusException when two codes share an id, a parent is unknown, or a rule does not parse
   */
  public Codebook(String name, List<Code> codes) {
    this.name = name == null || name.isBlank() ? "codebook" : name.strip();
    Map<String, Code> byId = new LinkedHashMap<>();
    for (Code c : codes) {
      if (byId.put(c.id(), c) != null) {
        throw new CorpusException("codebook " + this.name + ": two codes with id '" + c.id() + "'");
      }
    }
    Map<String, List<Query>> parsed = new LinkedHashMap<>();
    for (Code c : byId.values()) {
      if (!c.parent().isEmpty() && !byId.containsKey(c.parent())) {
        throw new CorpusException("codebook " + this.name + ": code '" + c.id() + "' has unknown parent '"
            + c.parent() + "'");
      }
      List<Query> qs = new ArrayList<>();
      for (String rule : c.rules()) {
        try {
          qs.add(CorpusAnalyzer.parse(rule));
        } catch (ParseException | RuntimeException e) {
          throw new CorpusException("codebook " + this.name + ": code '" + c.id() + "' has a broken rule '" + rule
              + "': " + firstLine(e.getMessage()), e);
        }
      }
      parsed.put(c.id(), List.copyOf(qs));
    }
    this.codes = java.util.Collections.unmodifiableMap(byId);
    this.queries = parsed;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable query";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  public String name() {
    return name;
  }

  /** Every code in order. */
  public List<Code> codes() {
    return List.copyOf(codes.values());
  }

  public Optional<Code> code(String id) {
    return Optional.ofNullable(codes.get(id));
  }

  /**
   * The code with this id.
   *
   * @throws CorpusException naming the id and the known ids
   */
  public Code require(String id) {
    Code c = codes.get(id);
    if (c == null) {
      throw new CorpusException("unknown code id '" + id + "' (codebook " + name + " has: "
          + String.join(", ", codes.keySet()) + ")");
    }
    return c;
  }

  /** The parsed rules of a code, in the order written. */
  public List<Query> queries(String codeId) {
    return queries.getOrDefault(codeId, List.of());
  }

  public List<Code> ofKind(CodeKind kind) {
    return codes.values().stream().filter(c -> c.kind() == kind).toList();
  }

  /** The code whose GUID is {@code guid} (any case, braces ignored). */
  public Optional<Code> byGuid(String guid) {
    String g = normaliseGuid(guid);
    return codes.values().stream().filter(c -> normaliseGuid(c.guid()).equals(g)).findFirst();
  }

  /** A GUID in lower case without braces, for comparing GUIDs written by different tools. */
  public static String normaliseGuid(String guid) {
    return guid == null ? "" : guid.strip().replace("{", "").replace("}", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** This codebook with {@code more} codes added at the end (codes whose id is present are skipped). */
  public Codebook plus(List<Code> more) {
    List<Code> all = new ArrayList<>(codes.values());
    for (Code c : more) {
      if (!codes.containsKey(c.id())) {
        all.add(c);
      }
    }
    return new Codebook(name, all);
  }
}
