package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.app.ConsoleProgress;
import org.marsad.app.Marsad;
import org.marsad.app.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Rebuilds the search index from the database (the source of truth). */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the Lucene search index from the SQLite database.")
public final class ReindexCommand implements Callable<Integer> {

  @ParentCommand MarsadCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Marsad marsad = Marsad.open(root.loadConfig())) {
      long started = System.nanoTime();
      Progress progress = new ConsoleProgress(System.err, System.console() != null);
      progress.begin("reindex", (int) marsad.store().stats().articles());
      long n = marsad.store().reindex(progress::advance);
      progress.end();
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "reindexed %d articles in %.1fs%n",
              n,
              (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
