package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.BenchCommand;
import picocli.CommandLine;

class BenchCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new BenchCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void missingDataIsAClearError() {
    Run r = run("extract", "--data", dir.resolve("nowhere").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no benchmark data"), r.err());
  }

  @Test
  void negativeLimitIsRefused() {
    Run r = run("extract", "--limit", "-1");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--limit"), r.err());
  }

  @Test
  void noTimedRoundIsRefused() {
    Run r = run("extract", "--rounds", "0");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--rounds"), r.err());
  }

  @Test
  void negativeWarmUpIsRefused() {
    Run r = run("extract", "--warmup", "-1");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--warmup"), r.err());
  }

  @Test
  void negativeForksAreRefused() {
    Run r = run("extract", "--forks", "-1");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--forks"), r.err());
  }

  @Test
  void smallRunPrintsTheTableAndWritesJson() throws IOException {
    assumeTrue(SharedBench.find().isPresent(), "../shared/bench is absent");
    Path json = dir.resolve("out/bench.json");
    Run r =
        run(
            "extract",
            "--data",
            SharedBench.find().get().toString(),
            "--limit",
            "3",
            "--warmup",
            "1",
            "--rounds",
            "2",
            "--forks",
            "1",
            "--json",
            json.toString(),
            "--scratch",
            dir.resolve("peers").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("| Extractor | Zyte F1 |"), r.out());
    assertTrue(r.out().contains("| Marsad | "), r.out());
    assertTrue(r.out().contains("| " + BenchRun.JSOUP + " | — |"), r.out());
    JsonNode root = BenchSets.JSON.readTree(json.toFile());
    JsonNode marsad = root.path("systems").path(0);
    assertEquals("Marsad", marsad.path("name").asText());
    assertEquals(12, marsad.path("pages").asInt());
    assertEquals(3, marsad.path("zyte").path("pages").asInt());
    assertEquals(
        3,
        marsad.path("htmldate").path("tp").asInt()
            + marsad.path("htmldate").path("fp").asInt()
            + marsad.path("htmldate").path("fn").asInt()
            + marsad.path("htmldate").path("tn").asInt());
    assertTrue(marsad.path("pages_per_second").asDouble() > 0);
    assertTrue(marsad.path("ratio_vs_jsoup_parse").isNumber());
    assertEquals(1, root.path("speed_warmup_rounds").asInt());
    assertEquals(2, root.path("speed_rounds").asInt());
    assertTrue(r.err().contains("1 warm-up round(s), then 2 timed"), r.err());
    assertTrue(r.err().contains("round 2: Marsad"), r.err());
    assertEquals(1, root.path("speed_forks").asInt());
    assertTrue(r.err().contains("bench: fork 1: round 1 ×"), r.err());
    JsonNode jvms = root.path("speed_jvms");
    assertEquals(2, jvms.size(), "the main JVM and one fork");
    double lowest = Double.MAX_VALUE;
    for (JsonNode jvm : jvms) {
      assertEquals(2, jvm.path("rounds").size());
      assertTrue(jvm.path("marsad_pages_per_second").asDouble() > 0);
      assertTrue(jvm.path("jsoup_parse_pages_per_second").asDouble() > 0);
      lowest = Math.min(lowest, jvm.path("ratio_vs_jsoup_parse").asDouble());
    }
    assertEquals(lowest, root.path("ratio_vs_jsoup_parse_lowest_jvm").asDouble());
    assertTrue(r.err().contains("bench: × jsoup parse per JVM (main first): "), r.err());
  }
}
