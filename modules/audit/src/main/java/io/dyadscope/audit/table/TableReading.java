package io.dyadscope.audit.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reads the tables of a report on every thread that calls {@link #readSome}, each table with a
 * reader of its own: a thread takes the next table not yet taken, so one that comes free joins
 * in. What is read does not depend on which thread read which table, since no table's reading
 * needs anything from the tables before it; counts and notes are gathered in the tables' order.
 */
public final class TableReading {

  private final List<TableRegion> regions;
  private final Supplier<TableReader> readers;
  private final AtomicInteger next = new AtomicInteger();
  private final TextTable[] tables;
  private final TableReader[] readBy;

  /** The tables at {@code regions}, each to be read by a new reader from {@code readers}. */
  public TableReading(List<TableRegion> regions, Supplier<TableReader> readers) {
    this.regions = List.copyOf(regions);
    this.readers = readers;
    this.tables = new TextTable[regions.size()];
    this.readBy = new TableReader[regions.size()];
  }

  /** Reads tables not yet taken until none is left. */
  public void readSome() {
    for (int k = next.getAndIncrement(); k < regions.size(); k = next.getAndIncrement()) {
      TableReader reader = readers.get();
      tables[k] = reader.read(regions.get(k));
      readBy[k] = reader;
    }
  }

  // The results below are asked for once every thread's readSome has returned (and been joined).

  /** The tables, in the order of their regions. */
  public List<TextTable> tables() {
    return List.of(tables);
  }

  /** Numbers seen in table cells (years labelling rows are not counted). */
  public int numbersFound() {
    return Arrays.stream(readBy).mapToInt(TableReader::numbersFound).sum();
  }

  /** Numbers tied to an indicator. */
  public int numbersTied() {
    return Arrays.stream(readBy).mapToInt(TableReader::numbersTied).sum();
  }

  /** The readers' notes on columns whose header no lexicon phrase names ({@link TableReader#unmappedHeaders}). */
  public List<String> unmappedHeaders() {
    List<String> out = new ArrayList<>();
    for (TableReader r : readBy) {
      out.addAll(r.unmappedHeaders());
    }
    return out;
  }
}
