package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The port must reproduce the published scores of the peers' published outputs. */
class ZytePortTest {

  @ParameterizedTest
  @CsvSource({"trafilatura.json, 0.958", "readability_js.json, 0.947"})
  void scoresPublishedPeerOutputsLikeTheOriginal(String file, double expectedF1)
      throws IOException {
    assumeTrue(SharedBench.find().isPresent(), "../shared/bench is absent");
    Path data = SharedBench.find().get();
    List<Labeled<String>> truth = BenchSets.zyte(data, 0);
    JsonNode output =
        BenchSets.readJson(data.resolve("zyte-aeb/peer-outputs").resolve(file)).path("output");
    List<ZyteMetric.PageCounts> pages =
        truth.stream()
            .map(
                l ->
                    ZyteMetric.score(
                        l.truth(), output.path(l.page().id()).path("articleBody").asText("")))
            .toList();
    assertEquals(181, pages.size());
    assertEquals(expectedF1, ZyteMetric.aggregate(pages).f1(), 0.0015);
  }
}
