package io.dyadscope.documents;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The prose and tables of a JSON document (a report exported as data, such as Dyadscope's own
 * dossier.json), each text line mapped to the line and column of the value it came from:
 * <ul>
 *   <li>every string value on a line of its own, in document order, followed by a blank line;</li>
 *   <li>an array of rows (each an array of scalars, or an object of scalars) as a grid table
 *       ({@code | a | b |}), its header the array of names just before it ({@code "columns"}) or
 *       the objects' keys, followed by a blank line.</li>
 * </ul>
 * Other numbers, booleans and keys are data, not claims, so they are left out.
 */
final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  static String toText(String json) {
    return read(json).text();
  }

  /** A parsed value with where it starts. */
  private record Node(JsonToken kind, String text, int line, int column, List<Node> items, List<String> keys) {
    boolean scalar() {
      return items == null;
    }

    boolean isRow() {
      if (scalar() || items.isEmpty()) {
        return false;
      }
      return items.size() >= 2 && items.stream().allMatch(Node::scalar);
    }

    boolean isTable() {
      return kind == JsonToken.START_ARRAY && items.size() >= 1 && items.stream().allMatch(Node::isRow);
    }
  }

  static SourceText read(String json) {
    Node root;
    try (JsonParser p = FACTORY.createParser(json)) {
      root = parse(p, p.nextToken());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the JSON: " + e.getMessage(), e);
    }
    Out out = new Out();
    if (root != null) {
      emit(root, out);
    }
    out.lines.add(out.lines.size() == 0 ? 1 : out.lines.last());
    out.columns.add(out.columns.size() == 0 ? 1 : out.columns.last());
    return new SourceText(out.text.toString(), SourceMap.of(out.lines.toArray(), out.columns.toArray()));
  }

  private static Node parse(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return null;
    }
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      List<Node> items = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      JsonToken end = t == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
      for (JsonToken n = p.nextToken(); n != end; n = p.nextToken()) {
        if (n == null) {
          throw new IOException("unexpected end of the document");
        }
        if (n == JsonToken.FIELD_NAME) {
          keys.add(p.currentName());
          n = p.nextToken();
        }
        items.add(parse(p, n));
      }
      return new Node(t, null, line, col, items, keys);
    }
    String text = t == JsonToken.VALUE_NULL ? "" : p.getText();
    return new Node(t, text, line, col, null, null);
  }

  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final HtmlText.IntList lines = new HtmlText.IntList();
    final HtmlText.IntList columns = new HtmlText.IntList();

    void line(String s, Node at) {
      text.append(s).append('\n');
      lines.add(at.line());
      columns.add(at.column());
    }

    void blank(Node at) {
      line("", at);
    }
  }

  private static void emit(Node n, Out out) {
    if (n.scalar()) {
      String s = n.kind() == JsonToken.VALUE_STRING ? n.text().strip() : "";
      if (!s.isEmpty()) {
        // Paragraph breaks keep one value's sentences from running into the next's.
        out.line(s.replace('\r', ' ').replace('\n', ' '), n);
        out.blank(n);
      }
      return;
    }
    List<Node> items = n.items();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Node next = i + 1 < items.size() ? items.get(i + 1) : null;
      if (item.isRow() && item.kind() == JsonToken.START_ARRAY && next != null && next.isTable()
          && next.items().get(0).items().size() == item.items().size()) {
        table(item, next, out); // a header array just before its rows
        i++;
      } else if (item.isTable()) {
        table(null, item, out);
      } else {
        emit(item, out);
      }
    }
  }

  private static void table(Node header, Node rows, Out out) {
    List<String> names = new ArrayList<>();
    Node first = rows.items().get(0);
    if (header != null) {
      header.items().forEach(h -> names.add(cell(h)));
    } else if (first.kind() == JsonToken.START_OBJECT) {
      Set<String> keys = new LinkedHashSet<>();
      rows.items().forEach(r -> keys.addAll(r.keys()));
      names.addAll(keys);
    }
    if (!names.isEmpty()) {
      Node at = header != null ? header : first;
      out.line(row(names), at);
      out.line("|" + " --- |".repeat(names.size()), at);
    }
    for (Node r : rows.items()) {
      List<String> cells = new ArrayList<>();
      if (r.kind() == JsonToken.START_OBJECT && !names.isEmpty()) {
        for (String k : names) {
          int i = r.keys().indexOf(k);
          cells.add(i < 0 ? "" : cell(r.items().get(i)));
        }
      } else {
        r.items().forEach(c -> cells.add(cell(c)));
      }
      out.line(row(cells), r);
    }
    out.blank(rows.items().get(rows.items().size() - 1));
  }

  private static String cell(Node n) {
    String s = n.text() == null ? "" : n.text().strip().replace('|', '/').replace('\n', ' ');
    return s.isEmpty() ? "–" : s;
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.isEmpty() ? "–" : c).append(" |");
    }
    return b.toString();
  }
}
