package io.dyadscope.app.overview;

import io.dyadscope.app.corpus.DefaultCorpus;
import io.dyadscope.app.overview.DyadOverview.KeyEvent;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.evidence.CatalogueException;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Resources;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The key events of each dyad, kept as data ({@code key-events.csv}: dyad, date, event, document,
 * quote). Facts only: each row names a document of the shipped corpus and the words of that document
 * that state the event; a row whose document is unknown, whose quote is not in the document's text,
 * or whose date is not a month fails loading with its line and column.
 */
public final class KeyEvents {

  private final Map<String, List<KeyEvent>> byDyad;

  private KeyEvents(Map<String, List<KeyEvent>> byDyad) {
    this.byDyad = byDyad;
  }

  private static final class Standard {
    static final KeyEvents INSTANCE = Resources.read(KeyEvents.class, "key-events.csv",
        r -> read("key-events.csv", r, DefaultCorpus.standard().documents()));
  }

  public static KeyEvents standard() {
    return Standard.INSTANCE;
  }

  /** The dyad's events in date order (none when the list has none for it). */
  public List<KeyEvent> of(Dyad dyad) {
    return byDyad.getOrDefault(dyad.id(), List.of());
  }

  /** Reads and checks a key-event list against {@code documents}. */
  public static KeyEvents read(String where, Reader in, Collection<CorpusDocument> documents) throws IOException {
    Map<String, CorpusDocument> docs = documents.stream()
        .collect(Collectors.toMap(CorpusDocument::id, Function.identity(), (a, b) -> a));
    List<String> columns = List.of("dyad", "date", "event", "document", "quote");
    List<KeyEvent> all = new ArrayList<>();
    List<String> dyads = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).build())) {
      if (!p.getHeaderNames().equals(columns)) {
        throw new CatalogueException(List.of(where + ":1: columns must be " + String.join(",", columns)
            + ", found " + String.join(",", p.getHeaderNames())));
      }
      for (CSVRecord r : p) {
        long line = r.getRecordNumber() + 1;
        String column = "dyad";
        try {
          Dyad dyad = Dyad.parse(r.get("dyad"));
          column = "date";
          Period date = Period.parse(r.get("date"));
          if (!date.isMonthly()) {
            throw new IllegalArgumentException("date must be a month (YYYY-MM): '" + r.get("date") + "'");
          }
          column = "event";
          String event = r.get("event");
          if (event.isBlank()) {
            throw new IllegalArgumentException("event is empty");
          }
          column = "document";
          CorpusDocument doc = docs.get(r.get("document"));
          if (doc == null) {
            throw new IllegalArgumentException("no shipped document '" + r.get("document") + "'");
          }
          column = "quote";
          String quote = r.get("quote");
          if (quote.isBlank() || !squash(doc.text()).contains(squash(quote))) {
            throw new IllegalArgumentException("the quote is not in the text of " + doc.id() + ": '" + quote + "'");
          }
          DocumentMetadata m = doc.metadata();
          String citation = m.title() + ". " + m.publisher() + (m.date().isEmpty() ? "" : ", " + m.date());
          all.add(new KeyEvent(date.toString(), time(date), event, doc.id(), citation, m.url(), m.licence(), quote));
          dyads.add(dyad.id());
        } catch (IllegalArgumentException e) {
          throw new CatalogueException(List.of(where + ":" + line + ": " + column + ": " + e.getMessage()));
        }
      }
    }
    Map<String, List<KeyEvent>> byDyad = new java.util.TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      byDyad.computeIfAbsent(dyads.get(i), k -> new ArrayList<>()).add(all.get(i));
    }
    byDyad.replaceAll((k, v) -> v.stream().sorted(java.util.Comparator.comparingDouble(KeyEvent::time)).toList());
    return new KeyEvents(byDyad);
  }

  /** The period's start as a fractional year. */
  static double time(Period p) {
    return p.year() + Period.ofYear(p.year()).yearsUntil(p);
  }

  private static String squash(String text) {
    return text.replaceAll("\\s+", " ").replace('’', '\'');
  }
}
