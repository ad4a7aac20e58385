package org.marsad.cli.crawlbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The crawl bench on a small web: counts, politeness and the JSON report; no timing is asserted.
 */
class CrawlBenchTest {

  private static final List<String> FIELDS =
      List.of(
          "feeds",
          "items",
          "threads",
          "perHostDelayMs",
          "cycles",
          "articlesStored",
          "articlesIngested",
          "duplicates",
          "itemsFailed",
          "feedsFailed",
          "syndicatedPages",
          "wallSeconds",
          "ingestSeconds",
          "articlesPerSecond",
          "sustainedArticlesPerSecond",
          "processCpuSeconds",
          "webCpuSeconds",
          "cpuUtilisation",
          "availableProcessors",
          "peakHeapBytes",
          "maxHeapBytes",
          "xmx",
          "requests",
          "minHostGapMs",
          "politenessRespected");

  @TempDir Path tmp;

  @Test
  void crawlsTwentyFeedsOfFiveItemsPolitely() throws Exception {
    Path json = tmp.resolve("crawl.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        command(out, err)
            .execute(
                "--feeds",
                "20",
                "--items",
                "5",
                "--threads",
                "8",
                "--per-host-delay",
                "50ms",
                "--data-dir",
                tmp.resolve("data").toString(),
                "--json",
                json.toString());
    assertEquals(0, code, err.toString());
    String report = Files.readString(json, StandardCharsets.UTF_8);
    for (String f : FIELDS) {
      assertTrue(report.contains("\"" + f + "\": "), "JSON lacks " + f + ": " + report);
    }
    assertEquals(100, number(report, "articlesStored"), report);
    assertEquals(100, number(report, "articlesIngested"), report);
    assertEquals(0, number(report, "itemsFailed"), report);
    assertEquals(50, number(report, "perHostDelayMs"), report);
    // robots.txt, the feed and five pages per host
    assertTrue(number(report, "requests") >= 20 * 7, report);
    assertTrue(number(report, "minHostGapMs") >= 50, report);
    assertTrue(report.contains("\"politenessRespected\": true"), report);
    assertTrue(out.toString().contains("articles stored      100"), out.toString());
  }

  @Test
  void rejectsBadSizesWithAMessage() {
    StringWriter err = new StringWriter();
    assertEquals(1, command(new StringWriter(), err).execute("--feeds", "0"));
    assertTrue(err.toString().contains("--feeds 1-"), err.toString());
  }

  @Test
  void rejectsABadDelayWithAMessage() {
    StringWriter err = new StringWriter();
    int code =
        command(new StringWriter(), err)
            .execute(
                "--feeds",
                "1",
                "--items",
                "1",
                "--per-host-delay",
                "soon",
                "--data-dir",
                tmp.resolve("d").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("per-host-delay"), err.toString());
  }

  @Test
  void sustainedRateIsTheSlopeOverTheMiddleOfThePhase() {
    List<Sampler.Sample> samples =
        List.of(
            new Sampler.Sample(0, 0),
            new Sampler.Sample(1_000_000_000L, 5),
            new Sampler.Sample(9_000_000_000L, 85),
            new Sampler.Sample(10_000_000_000L, 100));
    assertEquals(10.0, Sampler.sustainedRate(samples, 0, 10_000_000_000L), 1e-9);
    assertEquals(0.0, Sampler.sustainedRate(samples, 5, 5));
  }

  private static CommandLine command(StringWriter out, StringWriter err) {
    CommandLine cli = new CommandLine(new CrawlBenchCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  private static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\": (-?[0-9.]+)").matcher(json);
    assertTrue(m.find(), field + " missing in " + json);
    return Double.parseDouble(m.group(1));
  }
}
