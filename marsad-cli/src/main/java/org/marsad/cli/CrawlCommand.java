package org.marsad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.app.ConsoleProgress;
import org.marsad.app.CycleReport;
import org.marsad.app.Marsad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Crawls: once (for cron and scripts), or continuously without the web server. */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = "Poll due feeds and ingest their new articles.")
public final class CrawlCommand implements Callable<Integer> {

  @ParentCommand MarsadCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--once", description = "Run one cycle and exit.")
  boolean once;

  @Option(names = "--all", description = "Poll every enabled feed, due or not.")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Marsad marsad = Marsad.open(root.loadConfig());
    if (!once) {
      out.println("crawling every " + marsad.config().crawlCycle() + " (Ctrl-C to stop)");
      Serving.crawlUntilStopped(marsad, out);
      return 0;
    }
    try (marsad) {
      if (marsad.store().outlets().isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "marsad crawl: no sources yet; add some with 'marsad sources import FILE.opml' or 'marsad sources import --defaults'");
        return 1;
      }
      CycleReport r =
          marsad.crawlCycle().run(all, new ConsoleProgress(System.err, System.console() != null));
      out.println(r.summary());
      return 0;
    }
  }
}
