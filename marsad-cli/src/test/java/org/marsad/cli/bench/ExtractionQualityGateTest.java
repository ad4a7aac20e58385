package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Marsad's extractor on all four sets must not fall below the pinned floors in {@code
 * quality-floors.properties}. Floors only go up: raise them to the new figures (rounded down to 3
 * decimals) when the extractor improves. Skipped without ../shared.
 */
class ExtractionQualityGateTest {

  private static final Map<String, Function<SystemResult, Double>> FIGURES =
      Map.of(
          "zyte.f1", r -> r.zyte().orElseThrow().f1(),
          "trafilatura.f1", r -> r.trafilatura().orElseThrow().f1(),
          "htmldate.accuracy", r -> r.dates().orElseThrow().accuracy(),
          "fundus.title", r -> r.fundus().orElseThrow().title().share(),
          "fundus.authors", r -> r.fundus().orElseThrow().authors().share(),
          "fundus.date", r -> r.fundus().orElseThrow().published().share(),
          "fundus.body.f1", r -> r.fundusBody().orElseThrow().f1());

  @Test
  void extractorStaysAbovePinnedFloors() throws IOException {
    assumeTrue(SharedBench.find().isPresent(), "../shared/bench is absent");
    Properties floors = floors();
    SystemResult marsad = BenchRun.quality(Workload.load(SharedBench.find().get(), 0));
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Function<SystemResult, Double>> figure : FIGURES.entrySet()) {
      String key = figure.getKey();
      String pinned = floors.getProperty(key);
      assertTrue(pinned != null, "quality-floors.properties has no floor for " + key);
      double floor = Double.parseDouble(pinned.trim());
      double measured = figure.getValue().apply(marsad);
      System.out.printf(
          Locale.ROOT, "quality gate: %s = %.5f (floor %.3f)%n", key, measured, floor);
      checks.add(
          () ->
              assertTrue(
                  measured >= floor,
                  String.format(
                      Locale.ROOT, "%s fell to %.5f, below the floor %.3f", key, measured, floor)));
    }
    assertAll(checks);
  }

  private static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ExtractionQualityGateTest.class.getResourceAsStream("quality-floors.properties")) {
      assertTrue(in != null, "quality-floors.properties is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
