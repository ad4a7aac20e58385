package org.marsad.cli.crawlbench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.ConfigLoader;
import org.marsad.app.CycleReport;
import org.marsad.app.Marsad;
import org.marsad.app.MarsadConfig;

/**
 * Runs the crawl benchmark: starts the simulated web, points a fresh Marsad at it, runs crawl
 * cycles until no item is pending (a cycle takes at most 5,000 items), and measures the crawl.
 */
public final class CrawlBench {

  /** Past this many cycles something keeps items pending forever; stop rather than spin. */
  private static final int MAX_CYCLES = 100;

  /**
   * What to run.
   *
   * @param feeds hosts, one RSS feed each
   * @param items items (article pages) per feed
   * @param threads crawl threads ({@code crawl.threads})
   * @param perHostDelay politeness gap as configuration text ("1s", "50ms")
   * @param dataDir where the store goes (must be empty or absent)
   */
  public record Options(int feeds, int items, int threads, String perHostDelay, Path dataDir) {}

  private CrawlBench() {}

  public static CrawlBenchResult run(Options o, PrintWriter log) throws IOException {
    MarsadConfig config =
        ConfigLoader.load(
                Optional.empty(),
                Map.of(
                    "MARSAD_CRAWL_PER_HOST_DELAY", o.perHostDelay(),
                    "MARSAD_CRAWL_THREADS", Integer.toString(o.threads())))
            .forDemo(o.dataDir());
    SimulatedWeb web = SimulatedWeb.start(o.feeds(), o.items(), Instant.now());
    Measured m;
    try (Marsad marsad = Marsad.open(config)) {
      marsad.importOutlets(web.outlets());
      log.printf(
          "crawlbench: serving %d hosts on 127.0.x.y, crawling with %d threads%n",
          o.feeds(), o.threads());
      log.flush();
      m = crawl(marsad, web, log);
      m = m.withStored(marsad.store().stats().articles());
    } finally {
      web.close();
    }
    return result(o, config, m, web);
  }

  /** What the crawl itself measured, before the web's log is read. */
  private record Measured(
      List<CycleReport> cycles,
      long wallNanos,
      long cpuNanos,
      long webCpuNanos,
      IngestProgress progress,
      List<Sampler.Sample> samples,
      long peakHeap,
      long stored) {

    Measured withStored(long n) {
      return new Measured(cycles, wallNanos, cpuNanos, webCpuNanos, progress, samples, peakHeap, n);
    }
  }

  private static Measured crawl(Marsad marsad, SimulatedWeb web, PrintWriter log) {
    IngestProgress progress = new IngestProgress();
    List<CycleReport> reports = new ArrayList<>();
    long cpu0 = processCpuNanos();
    long web0 = web.cpuNanos();
    long t0 = System.nanoTime();
    try (Sampler sampler = new Sampler(progress::ingested)) {
      reports.add(marsad.crawlCycle().run(true, progress));
      log.println("crawlbench: cycle 1: " + reports.get(0).summary());
      while (reports.size() < MAX_CYCLES
          && !marsad.store().pendingItems(1).isEmpty()
          && progressed(last(reports))) {
        reports.add(marsad.crawlCycle().run(false, progress));
        log.println("crawlbench: cycle " + reports.size() + ": " + last(reports).summary());
        log.flush();
      }
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      long webCpu = web.cpuNanos() - web0;
      sampler.close();
      return new Measured(
          reports, wall, cpu, webCpu, progress, sampler.samples(), sampler.peakHeap(), 0);
    }
  }

  private static CycleReport last(List<CycleReport> reports) {
    return reports.get(reports.size() - 1);
  }

  private static boolean progressed(CycleReport r) {
    return r.articlesSaved() + r.duplicates() + r.notArticles() + r.itemsFailed() > 0;
  }

  private static CrawlBenchResult result(
      Options o, MarsadConfig config, Measured m, SimulatedWeb web) {
    long delayMs = config.crawl().perHostDelay().toMillis();
    RequestLog requests = web.requests();
    double minGapMs = requests.minGap().map(d -> d.toNanos() / 1e6).orElse(-1.0);
    long first = m.progress().firstBegin();
    long end = m.progress().lastEnd();
    double wall = m.wallNanos() / 1e9;
    int cores = Runtime.getRuntime().availableProcessors();
    return new CrawlBenchResult(
        o.feeds(),
        o.items(),
        config.crawlThreads(),
        delayMs,
        m.cycles().size(),
        m.stored(),
        m.progress().ingested(),
        sum(m, CycleReport::duplicates),
        sum(m, CycleReport::itemsFailed) + sum(m, CycleReport::notArticles),
        sum(m, CycleReport::feedsFailed),
        web.syndicatedPages(),
        wall,
        first < 0 || end < first ? 0 : (end - first) / 1e9,
        m.stored() / wall,
        Sampler.sustainedRate(m.samples(), first, end),
        m.cpuNanos() / 1e9,
        m.webCpuNanos() / 1e9,
        m.cpuNanos() / (double) m.wallNanos() / cores,
        cores,
        m.peakHeap(),
        Runtime.getRuntime().maxMemory(),
        xmx(),
        requests.requests(),
        minGapMs,
        minGapMs < 0 || minGapMs >= delayMs);
  }

  private static long sum(Measured m, java.util.function.ToIntFunction<CycleReport> f) {
    return m.cycles().stream().mapToLong(f::applyAsInt).sum();
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static String xmx() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xmx"))
        .reduce((a, b) -> b)
        .orElse("default");
  }
}
