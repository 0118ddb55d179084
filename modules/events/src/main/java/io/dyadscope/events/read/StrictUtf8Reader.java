package io.dyadscope.events.read;

import io.dyadscope.importers.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an event file as UTF-8, refusing what is not: a byte sequence that is not UTF-8 (a Latin-1
 * "ú" would otherwise become U+FFFD and, say, a second admin1) or a NUL character (UTF-16 text), each
 * with the line it is on. Lines are counted on the characters decoded, so the line is exact however
 * far ahead the readers above it buffer.
 */
final class StrictUtf8Reader extends Reader {

  /** A file that is not UTF-8 text, with the problem naming its line. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;
    final transient ImportProblem problem;

    NotUtf8(ImportProblem problem, Throwable cause) {
      super(problem.toString(), cause);
      this.problem = problem;
    }
  }

  private final Reader in;
  private final String name;
  private long line = 1;

  StrictUtf8Reader(InputStream in, String name) {
    this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    this.name = name;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(buf, off, len);
    } catch (CharacterCodingException e) {
      throw new NotUtf8(new ImportProblem(name, (int) Math.min(Integer.MAX_VALUE, line), "",
          "not UTF-8 text (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)"), e);
    }
    for (int i = off; i < off + n; i++) {
      if (buf[i] == '\n') {
        line++;
      } else if (buf[i] == '\0') {
        throw new NotUtf8(new ImportProblem(name, (int) Math.min(Integer.MAX_VALUE, line), "",
            "holds NUL characters: not UTF-8 text (UTF-16? convert it to UTF-8)"), null);
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
