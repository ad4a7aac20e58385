package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.ConsoleProgress;
import org.marsad.app.CycleReport;
import org.marsad.app.Marsad;
import org.marsad.app.MarsadConfig;
import org.marsad.demo.DemoNewsWeb;
import org.marsad.demo.DemoOptions;
import org.marsad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The offline demo: starts the bundled news web of fictional outlets on loopback, crawls it over
 * real HTTP through the real pipeline into a fresh data directory, and serves the portal.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Crawl a bundled offline news web of fictional Arabic outlets and serve the portal.")
public final class DemoCommand implements Callable<Integer> {

  @ParentCommand MarsadCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Portal port (default: server.port, 8080).")
  Integer port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Demo data directory, emptied at start (default: <data.dir>/demo).")
  Path dataDir;

  @Option(
      names = "--exit-after-crawl",
      description = "Crawl, print the report and exit without serving (for scripts).")
  boolean exitAfterCrawl;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    MarsadConfig base = root.loadConfig();
    Path dir = dataDir != null ? dataDir : base.dataDir().resolve("demo");
    MarsadConfig config = base.forDemo(dir);
    if (port != null) {
      config = config.withServerPort(port);
    }
    wipe(dir);
    DemoNewsWeb news = DemoNewsWeb.start(new DemoOptions(config.demoNewsPort(), Instant.now()));
    out.println(
        "demo news web: "
            + news.outlets().size()
            + " outlets, "
            + news.articles().size()
            + " articles on 127.0.0.x:"
            + news.port());
    Marsad marsad = Marsad.open(config);
    marsad.importOutlets(news.outlets());
    CycleReport report =
        marsad.crawlCycle().run(true, new ConsoleProgress(System.err, System.console() != null));
    out.println("crawl: " + report.summary());
    if (exitAfterCrawl) {
      marsad.close();
      news.close();
      return 0;
    }
    WebServer web = marsad.startWeb();
    out.println("Marsad demo is serving at " + web.baseUri() + "  (Ctrl-C to stop)");
    Serving.crawlUntilStopped(marsad, out, web, news);
    return 0;
  }

  /** The demo always starts from an empty store, so what it shows is what this run crawled. */
  static void wipe(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
  }
}
