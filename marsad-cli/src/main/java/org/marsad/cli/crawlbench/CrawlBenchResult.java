package org.marsad.cli.crawlbench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one crawl benchmark run.
 *
 * @param feeds hosts of the simulated web, one feed each
 * @param items items per feed
 * @param threads crawl threads
 * @param perHostDelayMs the crawler's politeness gap
 * @param cycles crawl cycles run until no item was pending
 * @param articlesStored articles in the store at the end
 * @param articlesIngested items taken through the ingest phase (stored, duplicate or failed)
 * @param duplicates items the enricher or the store judged duplicates
 * @param itemsFailed items that failed or were not articles
 * @param feedsFailed feed polls that failed
 * @param syndicatedPages pages of the web that carry another host's text
 * @param wallSeconds from the first cycle's start to the last cycle's end
 * @param ingestSeconds from the first ingest phase's start to the last one's end
 * @param articlesPerSecond stored articles over the wall time
 * @param sustainedPerSecond ingested items per second over the middle 80 % of the ingest phase
 * @param processCpuSeconds CPU time of the whole process during the crawl (web included)
 * @param webCpuSeconds of that, the simulated web's serving thread
 * @param cpuUtilisation process CPU over wall time × available processors (1.0 = every core busy)
 * @param processors available processors
 * @param peakHeapBytes largest heap in use seen by the 100 ms sampler
 * @param maxHeapBytes the heap limit (-Xmx or the JVM's default)
 * @param xmx the -Xmx flag as given, or "default"
 * @param requests requests the web served
 * @param minHostGapMs shortest gap between two requests to one host, as the web saw it; -1 if none
 * @param politenessRespected whether that gap is at least the per-host delay
 */
public record CrawlBenchResult(
    int feeds,
    int items,
    int threads,
    long perHostDelayMs,
    int cycles,
    long articlesStored,
    long articlesIngested,
    long duplicates,
    long itemsFailed,
    long feedsFailed,
    int syndicatedPages,
    double wallSeconds,
    double ingestSeconds,
    double articlesPerSecond,
    double sustainedPerSecond,
    double processCpuSeconds,
    double webCpuSeconds,
    double cpuUtilisation,
    int processors,
    long peakHeapBytes,
    long maxHeapBytes,
    String xmx,
    long requests,
    double minHostGapMs,
    boolean politenessRespected) {

  /** The report printed on the console. */
  public String text() {
    return String.format(
        Locale.ROOT,
        "crawl bench: %d feeds × %d items, %d threads, per-host delay %d ms, %d cycle(s)%n"
            + "  articles stored      %d (ingested %d, duplicates %d, failed/not article %d, feeds failed %d;"
            + " %d pages are wire copies)%n"
            + "  wall time            %.1f s (ingest phase %.1f s)%n"
            + "  articles/s           %.1f overall, %.1f sustained (middle 80%% of ingest)%n"
            + "  CPU                  %.1f s process (%.1f s of it the simulated web), %.0f%% of %d cores%n"
            + "  heap                 peak %.0f MiB of max %.0f MiB (-Xmx: %s)%n"
            + "  politeness           %d requests; min gap to one host %.1f ms (required ≥ %d ms): %s%n",
        feeds,
        items,
        threads,
        perHostDelayMs,
        cycles,
        articlesStored,
        articlesIngested,
        duplicates,
        itemsFailed,
        feedsFailed,
        syndicatedPages,
        wallSeconds,
        ingestSeconds,
        articlesPerSecond,
        sustainedPerSecond,
        processCpuSeconds,
        webCpuSeconds,
        cpuUtilisation * 100,
        processors,
        peakHeapBytes / 1048576.0,
        maxHeapBytes / 1048576.0,
        xmx,
        requests,
        minHostGapMs,
        perHostDelayMs,
        politenessRespected ? "OK" : "VIOLATED");
  }

  /** The same figures as one JSON object. */
  public String json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("feeds", feeds);
    m.put("items", items);
    m.put("threads", threads);
    m.put("perHostDelayMs", perHostDelayMs);
    m.put("cycles", cycles);
    m.put("articlesStored", articlesStored);
    m.put("articlesIngested", articlesIngested);
    m.put("duplicates", duplicates);
    m.put("itemsFailed", itemsFailed);
    m.put("feedsFailed", feedsFailed);
    m.put("syndicatedPages", syndicatedPages);
    m.put("wallSeconds", wallSeconds);
    m.put("ingestSeconds", ingestSeconds);
    m.put("articlesPerSecond", articlesPerSecond);
    m.put("sustainedArticlesPerSecond", sustainedPerSecond);
    m.put("processCpuSeconds", processCpuSeconds);
    m.put("webCpuSeconds", webCpuSeconds);
    m.put("cpuUtilisation", cpuUtilisation);
    m.put("availableProcessors", processors);
    m.put("peakHeapBytes", peakHeapBytes);
    m.put("maxHeapBytes", maxHeapBytes);
    m.put("xmx", xmx);
    m.put("requests", requests);
    m.put("minHostGapMs", minHostGapMs);
    m.put("politenessRespected", politenessRespected);
    return m.entrySet().stream()
        .map(e -> "  \"" + e.getKey() + "\": " + value(e.getValue()))
        .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
  }

  private static String value(Object v) {
    if (v instanceof String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    return String.valueOf(v);
  }
}
