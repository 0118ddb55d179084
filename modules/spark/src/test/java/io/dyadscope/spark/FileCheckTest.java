package io.dyadscope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Which files Spark's CSV source may read (fast) and which go to the row-by-row reader: every line
 * that the CSV source would read otherwise than that reader sends the whole file there.
 */
class FileCheckTest {

  /** A GDELT 2.0 line: 61 columns, the id first, each other column "x" plus its number and some padding. */
  static String v2(String id) {
    return line(id, 61);
  }

  static String line(String id, int columns) {
    StringBuilder b = new StringBuilder(id);
    for (int i = 1; i < columns; i++) {
      b.append('\t').append("col").append(i).append(i % 3 == 0 ? "" : "-abc");
    }
    return b.toString();
  }

  static FileCheck check(String text) throws IOException {
    return check(text.getBytes(StandardCharsets.UTF_8), null);
  }

  static FileCheck check(byte[] bytes, String forced) throws IOException {
    return FileCheck.of("file:/data/in/20240101.export.CSV", new ByteArrayInputStream(bytes), forced);
  }

  @Test
  void plainGdelt2FilesAreFastAndCountTheirLines() throws IOException {
    FileCheck c = check(v2("1") + "\n" + v2("2") + "\n" + v2("3"));
    assertThat(c.format()).isEqualTo("gdelt2");
    assertThat(c.lines()).isEqualTo(3);
    assertThat(c.name()).isEqualTo("/data/in/20240101.export.CSV");
    assertThat(check(v2("1") + "\n" + v2("2") + "\n").lines()).isEqualTo(2);
  }

  @Test
  void gdelt1LinesMayHave57Or58Columns() throws IOException {
    FileCheck c = check(line("1", 57) + "\n" + line("2", 58) + "\n");
    assertThat(c.format()).isEqualTo("gdelt1");
    assertThat(c.lines()).isEqualTo(2);
    assertThat(check(line("1", 57) + "\n" + line("2", 61) + "\n").fast()).isFalse();
  }

  @Test
  void aLineWithOtherColumnsThanTheFormatsIsNotFast() throws IOException {
    assertThat(check(v2("1") + "\n" + line("2", 60) + "\n").fast()).isFalse();
    assertThat(check(v2("1") + "\n" + line("2", 62) + "\n").fast()).isFalse();
    // the CSV source reads a trailing empty column as nothing: still a 62-column line
    assertThat(check(v2("1") + "\n" + v2("2") + "\t\n").fast()).isFalse();
  }

  @Test
  void blankAndWhiteSpaceOnlyLinesAreNotFast() throws IOException {
    assertThat(check(v2("1") + "\n\n" + v2("2") + "\n").fast()).isFalse();
    assertThat(check(v2("1") + "\n" + String.join("", Collections.nCopies(60, "\t")) + "\n").fast()).isFalse();
    assertThat(check(v2("1") + "\n" + " \t".repeat(60) + " \n").fast()).isFalse();
  }

  @Test
  void controlCharactersOtherThanTabsSendTheFileToTheRowByRowReader() throws IOException {
    assertThat(check(v2("1") + "\r\n" + v2("2") + "\r\n").fast()).isFalse();
    assertThat(check(v2("1") + "\n" + v2("2\u0000") + "\n").fast()).isFalse();
    // a backspace after a tab, inside eight bytes read at once, is not counted as a tab
    String cut = line("2", 60);
    assertThat(check(v2("1") + "\n" + cut.substring(0, 20) + "\t\b" + cut.substring(20) + "\n").lines())
        .isEqualTo(2);
    assertThat(check(v2("1") + "\n" + cut.substring(0, 20) + "\b" + cut.substring(20) + "\n").fast()).isFalse();
  }

  @Test
  void validUtf8IsFastAndAnythingElseIsNot() throws IOException {
    assertThat(check(v2("1") + "\n" + v2("2").replace("col5-abc", "Kābul ڪ 𝄞") + "\n").lines()).isEqualTo(2);
    byte[] latin1 = (v2("1") + "\n" + v2("2").replace("col5-abc", "K\u00e4bul") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(check(latin1, null).fast()).isFalse();
    byte[] surrogate = (v2("1") + "\n" + v2("2")).getBytes(StandardCharsets.UTF_8);
    byte[] withSurrogate = new byte[surrogate.length + 3];
    System.arraycopy(surrogate, 0, withSurrogate, 0, surrogate.length);
    withSurrogate[surrogate.length] = (byte) 0xED;
    withSurrogate[surrogate.length + 1] = (byte) 0xA0;
    withSurrogate[surrogate.length + 2] = (byte) 0x80;
    assertThat(check(withSurrogate, null).fast()).isFalse();
  }

  @Test
  void aByteOrderMarkOrAnotherFormatOrTheWrongNamedFormatIsNotFast() throws IOException {
    assertThat(check("\uFEFF" + v2("1") + "\n").fast()).isFalse();
    assertThat(check("event_id_cnty,event_date,event_type\nA1,2024-01-01,Battles\n").fast()).isFalse();
    assertThat(check(new byte[0], null).fast()).isFalse();
    byte[] v2 = (v2("1") + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(check(v2, "gdelt1").fast()).isFalse();
    assertThat(check(v2, "gdelt2").fast()).isTrue();
  }
}
