package io.dyadscope.events.read;

import io.dyadscope.evidence.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

  private final InputStream in;
  private final String name;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean eof;
  private boolean flushed;
  /** A decoding error met after some characters were handed on: thrown at the next read. */
  private boolean pending;
  private long line = 1;

  StrictUtf8Reader(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending) {
      throw notUtf8();
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buf, off, len);
    while (true) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (out.position() > off) {
          pending = true;   // hand on the characters before the bad byte first, so the line is exact
          break;
        }
        throw notUtf8();
      }
      if (r.isOverflow() || out.position() > off) {
        break;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    int n = out.position() - off;
    if (n == 0) {
      return eof ? -1 : 0;
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

  private NotUtf8 notUtf8() {
    return new NotUtf8(new ImportProblem(name, (int) Math.min(Integer.MAX_VALUE, line), "",
        "not UTF-8 text (convert it to UTF-8, e.g. iconv -f latin1 -t utf-8)"), null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
