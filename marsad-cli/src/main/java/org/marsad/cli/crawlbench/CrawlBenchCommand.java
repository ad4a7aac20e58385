package org.marsad.cli.crawlbench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench crawl}: crawls a simulated web of N loopback hosts × K articles end to end
 * (fetch, extract, enrich, store, index) and reports articles/s, CPU, peak heap and whether
 * per-host politeness held. Exit 0 when the run completed with politeness respected, 1 otherwise.
 */
@Command(
    name = "crawl",
    description = "Crawl throughput on a simulated web of loopback hosts (see docs/benchmarks.md).",
    mixinStandardHelpOptions = true)
public class CrawlBenchCommand implements Callable<Integer> {

  /** Each host costs a listening socket and two connection ends. */
  static final int MAX_FEEDS = 5_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--feeds",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Hosts, one RSS feed each (default 1000).")
  int feeds;

  @Option(
      names = "--items",
      paramLabel = "K",
      defaultValue = "20",
      description = "Articles per feed (default 20).")
  int items;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "32",
      description = "Crawl threads, crawl.threads (default 32).")
  int threads;

  @Option(
      names = "--per-host-delay",
      paramLabel = "D",
      defaultValue = "1s",
      description =
          "Politeness gap per host, crawl.per-host-delay (default 1s, the production default).")
  String perHostDelay;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Store here and keep it (default: a temporary folder, deleted after).")
  Path dataDir;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
  Path json;

  public CrawlBenchCommand() {}

  /** Runs the bench on its own, without the rest of the {@code marsad} command tree. */
  public static void main(String... args) {
    CommandLine cli = new CommandLine(new CrawlBenchCommand());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (feeds < 1 || feeds > MAX_FEEDS || items < 1 || items > 1_000 || threads < 1) {
      return fail(err, "need --feeds 1-" + MAX_FEEDS + ", --items 1-1000 and --threads ≥ 1");
    }
    try {
      if (dataDir != null && hasEntries(dataDir)) {
        return fail(err, "--data-dir " + dataDir + " is not empty; the bench needs a fresh store");
      }
      Path dir = dataDir != null ? dataDir : Files.createTempDirectory("marsad-crawlbench");
      try {
        CrawlBenchResult r =
            CrawlBench.run(new CrawlBench.Options(feeds, items, threads, perHostDelay, dir), err);
        spec.commandLine().getOut().print(r.text());
        spec.commandLine().getOut().flush();
        if (json != null) {
          Files.writeString(json, r.json(), StandardCharsets.UTF_8);
        }
        return r.politenessRespected()
            ? 0
            : fail(
                err, "politeness violated: a host got two requests closer than the per-host delay");
      } finally {
        if (dataDir == null) {
          deleteTree(dir);
        }
      }
    } catch (ConfigException | IllegalArgumentException e) {
      return fail(err, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return fail(err, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static boolean hasEntries(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("marsad bench crawl: " + String.valueOf(message).replace('\n', ' '));
    err.flush();
    return 1;
  }
}
