package io.dyadscope.audit.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The prose of a JSON document (a report exported as data, such as Dyadscope's own dossier.json):
 * every string value on a line of its own, in document order, each followed by a blank line, with
 * the line and column of the value in the file. Numbers, booleans and keys are data, not claims, so
 * they are left out; the sentences that state figures are strings and are checked.
 */
final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  static String toText(String json) {
    return read(json).text();
  }

  static SourceText read(String json) {
    StringBuilder b = new StringBuilder();
    HtmlText.IntList lines = new HtmlText.IntList();
    HtmlText.IntList columns = new HtmlText.IntList();
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          continue;
        }
        String s = p.getText().strip();
        if (s.isEmpty()) {
          continue;
        }
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        // Paragraph breaks keep one value's sentences from running into the next's.
        b.append(s.replace('\r', ' ').replace('\n', ' ')).append("\n\n");
        lines.add(line);
        columns.add(column);
        lines.add(line);
        columns.add(column);
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the JSON: " + e.getMessage(), e);
    }
    lines.add(lines.size() == 0 ? 1 : lines.last());
    columns.add(columns.size() == 0 ? 1 : columns.last());
    return new SourceText(b.toString(), SourceMap.of(lines.toArray(), columns.toArray()));
  }
}
