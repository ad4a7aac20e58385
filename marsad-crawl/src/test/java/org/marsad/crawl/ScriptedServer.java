package org.marsad.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server whose answers each test scripts per path, recording every request. */
final class ScriptedServer implements AutoCloseable {

  /** What the server saw. */
  record Seen(String path, long nanoTime, Headers headers) {}

  interface Script {
    void answer(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Script> scripts = new ConcurrentHashMap<>();
  final List<Seen> seen = new CopyOnWriteArrayList<>();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();

  ScriptedServer(String address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  ScriptedServer() throws IOException {
    this("127.0.0.1");
  }

  URI url(String path) {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + path);
  }

  ScriptedServer on(String path, Script script) {
    scripts.put(path, script);
    return this;
  }

  ScriptedServer text(String path, int status, String contentType, String body) {
    return on(path, ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  ScriptedServer redirect(String path, int status, String location) {
    return on(
        path,
        ex -> {
          ex.getResponseHeaders().add("Location", location);
          ex.sendResponseHeaders(status, -1);
          ex.close();
        });
  }

  long count(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).count();
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().add("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      String path =
          ex.getRequestURI().getRawPath()
              + (ex.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + ex.getRequestURI().getRawQuery());
      seen.add(new Seen(path, System.nanoTime(), ex.getRequestHeaders()));
      Script s = scripts.getOrDefault(path, scripts.get(ex.getRequestURI().getRawPath()));
      if (s == null) {
        send(ex, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
      } else {
        s.answer(ex);
      }
    } finally {
      inFlight.decrementAndGet();
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
