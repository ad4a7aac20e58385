package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.cli.bench.BenchRun;
import org.marsad.cli.bench.JsonReport;
import org.marsad.cli.bench.TablePrinter;
import org.marsad.cli.crawlbench.CrawlBenchCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench}: reproducible measurements; see docs/benchmarks.md. */
@Command(
    name = "bench",
    description = "Benchmarks (see docs/benchmarks.md).",
    mixinStandardHelpOptions = true,
    subcommands = {BenchCommand.Extract.class, CrawlBenchCommand.class})
public class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  public BenchCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code marsad bench extract}: Marsad's extractor on the Zyte, trafilatura, htmldate and Fundus
   * sets, with the jsoup parse floor and, with {@code --peers}, Readability.js and readability-lxml
   * on the same pages. Exit 0 on success, 1 on error.
   */
  @Command(
      name = "extract",
      description =
          "Extraction quality (F1/P/R, date accuracy, Fundus agreement) and pages/s on one core.",
      mixinStandardHelpOptions = true)
  public static class Extract implements Callable<Integer> {

    static final List<Path> DEFAULT_DATA =
        List.of(Path.of("..", "shared", "bench"), Path.of("..", "..", "shared", "bench"));

    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Benchmark data (default ../shared/bench, else ../../shared/bench).")
    Path data;

    @Option(
        names = "--peers",
        description =
            "Also run Readability.js (npm, installed into target/peers) and readability-lxml (Debian python3-readability).")
    boolean peers;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(
        names = "--pages",
        paramLabel = "FILE",
        description =
            "Also write Marsad's score on every page as JSON lines (for tracing changes).")
    Path pages;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "0",
        description = "Pages per set (default: all).")
    int limit;

    @Option(
        names = "--warmup",
        paramLabel = "N",
        defaultValue = "5",
        description =
            "Untimed rounds before the timed ones, in each JVM, so the JIT has compiled both (default 5).")
    int warmups;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        defaultValue = "3",
        description =
            "Timed rounds of Marsad against the jsoup parse, page by page in turn; the median round counts (default 3).")
    int rounds;

    @Option(
        names = "--forks",
        paramLabel = "N",
        defaultValue = "0",
        description =
            "Also run the speed race in N more JVMs; the median over JVMs of each one's median round counts (default 0).")
    int forks;

    @Option(
        names = "--scratch",
        paramLabel = "DIR",
        defaultValue = "target/peers",
        description = "Scratch folder for the peers (default target/peers).")
    Path scratch;

    public Extract() {}

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (limit < 0) {
        return fail(err, "--limit must be 0 (all) or more, not " + limit);
      }
      if (warmups < 0) {
        return fail(err, "--warmup must be 0 or more, not " + warmups);
      }
      if (rounds < 1) {
        return fail(err, "--rounds must be 1 or more, not " + rounds);
      }
      if (forks < 0) {
        return fail(err, "--forks must be 0 or more, not " + forks);
      }
      Optional<Path> dir = findData();
      if (dir.isEmpty()) {
        return fail(
            err,
            "no benchmark data at "
                + (data != null ? data : DEFAULT_DATA.get(0) + " or " + DEFAULT_DATA.get(1))
                + " (use --data DIR)");
      }
      BenchRun.Options options =
          new BenchRun.Options(
              dir.get(), scratch, peers, limit, Optional.ofNullable(pages), warmups, rounds, forks);
      try {
        BenchRun.Result run = BenchRun.run(options, err);
        PrintWriter out = spec.commandLine().getOut();
        out.print(TablePrinter.table(run.systems()));
        out.flush();
        if (json != null) {
          JsonReport.write(json, JsonReport.toJson(options, run));
          err.println("bench: results written to " + json);
        }
        return 0;
      } catch (IOException | UncheckedIOException e) {
        return fail(err, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } finally {
        err.flush();
      }
    }

    private Optional<Path> findData() {
      List<Path> candidates = data != null ? List.of(data) : DEFAULT_DATA;
      return candidates.stream().filter(p -> Files.isDirectory(p.resolve("zyte-aeb"))).findFirst();
    }

    private static int fail(PrintWriter err, String message) {
      err.println("marsad bench extract: " + message.replace('\n', ' '));
      err.flush();
      return 1;
    }
  }
}
