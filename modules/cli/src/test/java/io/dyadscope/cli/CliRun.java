package io.dyadscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The result of one in-process command line: exit code and what it wrote. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
