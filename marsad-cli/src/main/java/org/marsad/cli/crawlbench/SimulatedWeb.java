package org.marsad.cli.crawlbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;

/**
 * A simulated news web of many hosts, each on its own loopback address (127.0.1.1, 127.0.1.2, …,
 * never a public or wildcard address) so the crawler's per-host politeness treats them as separate
 * sites. One selector thread serves every host: a thousand JDK HttpServers would cost two or three
 * threads each and blur the crawler's CPU figures. Pages are rendered on request.
 */
public final class SimulatedWeb implements AutoCloseable {

  /** Hosts per third octet: 127.0.x.1 … 127.0.x.250. */
  private static final int PER_OCTET = 250;

  public static final int MAX_HOSTS = PER_OCTET * 250;

  private final Selector selector;
  private final List<ServerSocketChannel> listeners;
  private final List<String> bases;
  private final BenchPages pages;
  private final RequestLog log;
  private final Thread loop;
  private volatile boolean running = true;

  private SimulatedWeb(
      Selector selector,
      List<ServerSocketChannel> listeners,
      List<String> bases,
      BenchPages pages) {
    this.selector = selector;
    this.listeners = listeners;
    this.bases = bases;
    this.pages = pages;
    this.log = new RequestLog(bases.size());
    this.loop = new Thread(this::serve, "crawlbench-web");
    this.loop.setDaemon(true);
  }

  /** Binds {@code hosts} loopback addresses (each on a free port) and starts serving. */
  public static SimulatedWeb start(int hosts, int items, Instant now) throws IOException {
    if (hosts < 1 || hosts > MAX_HOSTS || items < 1) {
      throw new IllegalArgumentException("need 1-" + MAX_HOSTS + " hosts and at least one item");
    }
    Selector selector = Selector.open();
    List<ServerSocketChannel> listeners = new ArrayList<>(hosts);
    List<String> bases = new ArrayList<>(hosts);
    try {
      for (int i = 0; i < hosts; i++) {
        ServerSocketChannel ch = ServerSocketChannel.open();
        listeners.add(ch);
        ch.bind(new InetSocketAddress(address(i), 0), 128);
        ch.configureBlocking(false);
        ch.register(selector, SelectionKey.OP_ACCEPT, i);
        bases.add(
            "http://"
                + address(i).getHostAddress()
                + ":"
                + ((InetSocketAddress) ch.getLocalAddress()).getPort());
      }
    } catch (IOException e) {
      closeAll(selector, listeners);
      throw new IOException("cannot bind the simulated web on 127.0.x.y: " + e.getMessage(), e);
    }
    SimulatedWeb web =
        new SimulatedWeb(selector, listeners, bases, new BenchPages(hosts, items, now));
    web.loop.start();
    return web;
  }

  /** Host {@code i}'s loopback address: 127.0.(1 + i / 250).(1 + i % 250). */
  static InetAddress address(int i) throws IOException {
    byte[] ip = {127, 0, (byte) (1 + i / PER_OCTET), (byte) (1 + i % PER_OCTET)};
    return InetAddress.getByAddress(ip);
  }

  /** One outlet per host, each with its RSS feed. */
  public List<Outlet> outlets() {
    List<Outlet> out = new ArrayList<>(bases.size());
    for (int i = 0; i < bases.size(); i++) {
      String base = bases.get(i);
      out.add(
          new Outlet(
              String.format(Locale.ROOT, "bench-%05d", i + 1),
              BenchText.outletName(i),
              "Bench outlet " + (i + 1),
              URI.create(base + "/"),
              "XA",
              "ar",
              List.of(new FeedRef(URI.create(base + "/feed.xml"), FeedRef.Kind.RSS))));
    }
    return out;
  }

  /** Article pages that carry another host's text (wire copy). */
  public int syndicatedPages() {
    int n = 0;
    for (int h = 0; h < bases.size(); h++) {
      for (int j = 0; j < pages.items(); j++) {
        n += pages.syndicated(h, j) ? 1 : 0;
      }
    }
    return n;
  }

  /** CPU time of the serving thread so far, to tell the web's share of the process CPU apart. */
  public long cpuNanos() {
    var threads = ManagementFactory.getThreadMXBean();
    long t = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(loop.getId()) : -1;
    return Math.max(t, 0);
  }

  /** What the web saw; complete once {@link #close()} has returned. */
  RequestLog requests() {
    return log;
  }

  private void serve() {
    while (running) {
      try {
        selector.select(200);
        Iterator<SelectionKey> it = selector.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey k = it.next();
          it.remove();
          handle(k);
        }
      } catch (IOException e) {
        // A failing selector ends the web; the crawl then records connection failures.
        System.err.println("crawlbench: simulated web stopped: " + e.getMessage());
        return;
      }
    }
  }

  private void handle(SelectionKey k) {
    try {
      if (k.isAcceptable()) {
        accept(k);
        return;
      }
      HttpConnection c = (HttpConnection) k.attachment();
      if (k.isReadable()) {
        c.read();
      }
      if (k.isValid() && k.isWritable()) {
        c.flush();
      }
    } catch (IOException | CancelledKeyException e) {
      // The client went away mid-exchange; only that connection ends.
      k.cancel();
      closeQuietly(k.channel());
    }
  }

  private void accept(SelectionKey k) throws IOException {
    SocketChannel ch = ((ServerSocketChannel) k.channel()).accept();
    if (ch == null) {
      return;
    }
    ch.configureBlocking(false);
    ch.socket().setTcpNoDelay(true);
    SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
    key.attach(new HttpConnection(ch, key, (Integer) k.attachment(), this::respond));
  }

  private HttpConnection.Response respond(int host, String head) {
    log.arrived(host, System.nanoTime());
    String[] line = head.substring(0, Math.max(0, head.indexOf("\r\n"))).split(" ");
    String lower = head.toLowerCase(Locale.ROOT);
    boolean close =
        line.length < 3 || !line[2].equals("HTTP/1.1") || lower.contains("\r\nconnection: close");
    if (line.length < 3 || !(line[0].equals("GET") || line[0].equals("HEAD"))) {
      return new HttpConnection.Response(
          response(405, "text/plain; charset=utf-8", new byte[0], false, true), true);
    }
    String path = line[1].replaceFirst("[?#].*$", "");
    int item = pages.itemOf(path);
    byte[] body;
    String type;
    if (path.equals("/robots.txt")) {
      body = BenchPages.robots();
      type = "text/plain; charset=utf-8";
    } else if (path.equals("/feed.xml")) {
      body = pages.feed(host, bases.get(host));
      type = "application/rss+xml; charset=utf-8";
    } else if (item >= 0) {
      body = pages.article(host, item, bases.get(host));
      type = "text/html; charset=utf-8";
    } else {
      return new HttpConnection.Response(
          response(
              404,
              "text/plain; charset=utf-8",
              "الصفحة غير موجودة".getBytes(StandardCharsets.UTF_8),
              line[0].equals("HEAD"),
              close),
          close);
    }
    return new HttpConnection.Response(
        response(200, type, body, line[0].equals("HEAD"), close), close);
  }

  private static ByteBuffer response(
      int status, String type, byte[] body, boolean head, boolean close) {
    String reason =
        switch (status) {
          case 200 -> "OK";
          case 404 -> "Not Found";
          default -> "Method Not Allowed";
        };
    byte[] h =
        ("HTTP/1.1 "
                + status
                + " "
                + reason
                + "\r\nContent-Type: "
                + type
                + "\r\nContent-Length: "
                + body.length
                + "\r\nCache-Control: max-age=60\r\nConnection: "
                + (close ? "close" : "keep-alive")
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(h.length + (head ? 0 : body.length));
    b.put(h);
    if (!head) {
      b.put(body);
    }
    return b.flip();
  }

  @Override
  public synchronized void close() {
    if (!selector.isOpen()) {
      return;
    }
    running = false;
    selector.wakeup();
    try {
      loop.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (SelectionKey k : selector.keys()) {
      closeQuietly(k.channel());
    }
    closeAll(selector, listeners);
  }

  private static void closeAll(Selector selector, List<ServerSocketChannel> listeners) {
    listeners.forEach(SimulatedWeb::closeQuietly);
    closeQuietly(selector);
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Closing at shutdown: nothing useful to do with the failure.
    }
  }
}
