package io.dyadscope.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load generator in the manner of {@code wrk}: each client holds one
 * keep-alive connection and sends its next GET as soon as the last answer has been read in full,
 * so at most {@code clients} requests are in flight. It parses only what it must (status line,
 * {@code Content-Length} or chunked body), so that on a small machine the client takes as little
 * of the CPU as it can from the server it measures. The JDK's {@code HttpClient} routes every
 * connection through one selector thread, which made it the bottleneck of earlier runs.
 */
final class HttpLoad {

  /** What a run measured: every request's latency in nanoseconds (sorted) and the failures. */
  record Result(long[] latencies, long errors, double seconds) {

    double percentileMs(double q) {
      if (latencies.length == 0) {
        return 0;
      }
      return latencies[(int) Math.min(latencies.length - 1, Math.floor(q * latencies.length))] / 1e6;
    }

    double perSecond() {
      return latencies.length / seconds;
    }
  }

  private HttpLoad() {}

  /** Runs {@code clients} clients for {@code seconds} against 127.0.0.1:{@code port}, cycling through {@code paths}. */
  static Result run(int port, List<String> paths, int clients, double seconds) throws InterruptedException {
    byte[][] requests = paths.stream().map(p -> ("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    AtomicLong errors = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    long[][] out = new long[clients][];
    List<Thread> threads = new ArrayList<>();
    long[] window = new long[2];
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> out[client] = client(port, requests, client, go, window, errors), "load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    window[0] = System.nanoTime();
    window[1] = window[0] + (long) (seconds * 1e9);
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long[] all = Arrays.stream(out).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, errors.get(), seconds);
  }

  private static long[] client(int port, byte[][] requests, int first, CountDownLatch go, long[] window,
      AtomicLong errors) {
    long[] lat = new long[1024];
    int n = 0;
    int next = first;
    Connection c = null;
    try {
      go.await();
      while (System.nanoTime() < window[1]) {
        long t0 = System.nanoTime();
        try {
          if (c == null) {
            c = new Connection(port);
          }
          c.out.write(requests[next++ % requests.length]);
          c.out.flush();
          if (readResponse(c.in) != 200) {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
          close(c);
          c = null;
        }
        if (n == lat.length) {
          lat = Arrays.copyOf(lat, n * 2);
        }
        lat[n++] = System.nanoTime() - t0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close(c);
    }
    return Arrays.copyOf(lat, n);
  }

  /** One keep-alive connection with buffered reading. */
  private static final class Connection {
    final Socket socket = new Socket();
    final InputStream in;
    final OutputStream out;

    Connection(int port) throws IOException {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      out = socket.getOutputStream();
    }
  }

  /** Reads one response off the connection; returns its status. */
  static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    if (!status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP/1.1 answer: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      String name = h.substring(0, colon).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(h.substring(colon + 1).trim());
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && h.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        in.skipNBytes(size);
        line(in);
      }
      line(in);
    } else if (length > 0) {
      in.skipNBytes(length);
    }
    return code;
  }

  private static long chunkSize(String line) {
    int semi = line.indexOf(';');
    return Long.parseLong((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-answer");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  private static void close(Connection c) {
    if (c != null) {
      try {
        c.socket.close();
      } catch (IOException e) {
        // closing a failed connection
      }
    }
  }
}
