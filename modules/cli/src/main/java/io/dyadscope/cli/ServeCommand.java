package io.dyadscope.cli;

import io.dyadscope.web.WebServer;
import io.dyadscope.web.WriteToken;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope serve}: the dashboard in a browser, until the process is stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand extends WorkspaceCommand {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: 8080; 0: any free).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host;

  @Override
  public Integer call() throws Exception {
    WriteToken token = WriteToken.random();
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer server = WebServer.start(app(), host, port, token)) {
      out().println("Dyadscope dashboard at " + server.url());
      out().println("Write token (needed to import and to save audits): " + token.value());
      if (!server.loopbackOnly()) {
        err().println("warning: listening on " + host + ": anyone who can reach this machine can read the workspace"
            + " (writing still needs the token)");
        err().flush();
      }
      out().println("Press Ctrl-C to stop.");
      out().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }
}
