package org.marsad.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.source.Outlet;

/**
 * The offline demo news web: fictional Arabic outlets, each on its own loopback address
 * (127.0.0.21, 127.0.0.22, ...) and one common port, so per-host politeness in the crawler sees
 * them as different hosts exactly as on the real web.
 */
public final class DemoNewsWeb implements AutoCloseable {

  private static final int BIND_ATTEMPTS = 8;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final List<HttpServer> servers;
  private final ExecutorService pool;
  private final List<OutletSite> sites;

  private DemoNewsWeb(List<HttpServer> servers, ExecutorService pool, List<OutletSite> sites) {
    this.servers = servers;
    this.pool = pool;
    this.sites = sites;
  }

  /** Renders the web for {@code options.now()} and starts serving it. */
  public static DemoNewsWeb start(DemoOptions options) throws IOException {
    // Without TCP_NODELAY every keep-alive response of the JDK server waits ~40 ms for the
    // client's delayed ACK (Nagle); the property is read once, when the first server is made.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    DemoContent content = DemoContent.load();
    List<HttpServer> servers = bindAll(content.outlets(), options.port());
    int port = servers.get(0).getAddress().getPort();
    ExecutorService pool = Executors.newFixedThreadPool(4, daemonThreads());
    List<OutletSite> sites = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      OutletProfile profile = content.outlets().get(i);
      OutletSite site = OutletSite.build(profile, content.piecesOf(profile), port, options.now());
      sites.add(site);
      HttpServer server = servers.get(i);
      server.createContext("/", new OutletHandler(site));
      server.setExecutor(pool);
      server.start();
    }
    return new DemoNewsWeb(List.copyOf(servers), pool, List.copyOf(sites));
  }

  /** The outlets, with home page and feed URLs pointing at the running servers. */
  public List<Outlet> outlets() {
    return sites.stream().map(OutletSite::outlet).toList();
  }

  /** What a correct crawl of this web must find, newest first within each outlet. */
  public List<DemoArticle> articles() {
    return sites.stream().flatMap(s -> s.truth().stream()).toList();
  }

  /** The common port all outlets listen on. */
  public int port() {
    return servers.get(0).getAddress().getPort();
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
    pool.shutdownNow();
  }

  /**
   * Binds the first outlet to the requested port (0 = any free one), the rest to the same port;
   * when a later address has that port taken, starts over on a new free port.
   */
  private static List<HttpServer> bindAll(List<OutletProfile> outlets, int port)
      throws IOException {
    if (outlets.isEmpty()) {
      throw new IllegalStateException("demo web has no outlets");
    }
    BindException last = null;
    for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
      List<HttpServer> bound = new ArrayList<>();
      try {
        int chosen = port;
        for (OutletProfile o : outlets) {
          InetSocketAddress at = new InetSocketAddress(InetAddress.getByName(o.host()), chosen);
          HttpServer server = HttpServer.create(at, 64);
          bound.add(server);
          chosen = server.getAddress().getPort();
        }
        return bound;
      } catch (BindException e) {
        bound.forEach(s -> s.stop(0));
        last = e;
        if (port != 0) {
          break;
        }
      }
    }
    throw new IOException(
        "cannot bind the demo outlets on 127.0.0.x:"
            + (port == 0 ? "<free port>" : port)
            + ": "
            + last.getMessage(),
        last);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "marsad-demo-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
