package org.marsad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.app.Marsad;
import org.marsad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Serves the portal, API and feeds, and crawls due feeds in the background. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the portal, JSON API and feeds; crawl due feeds every crawl.cycle.")
public final class ServeCommand implements Callable<Integer> {

  @ParentCommand MarsadCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Portal port (default: server.port).")
  Integer port;

  @Option(names = "--no-crawl", description = "Serve only; do not crawl in the background.")
  boolean noCrawl;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    var config = root.loadConfig();
    if (port != null) {
      config = config.withServerPort(port);
    }
    Marsad marsad = Marsad.open(config);
    WebServer web = marsad.startWeb();
    out.println("Marsad is serving at " + web.baseUri() + "  (Ctrl-C to stop)");
    if (noCrawl) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    web.close();
                    marsad.close();
                  }));
      Thread.currentThread().join();
    }
    Serving.crawlUntilStopped(marsad, out, web);
    return 0;
  }
}
