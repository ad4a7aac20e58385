package org.marsad.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.ExtractRequest;
import org.marsad.extract.ExtractResult;

/**
 * Scores Marsad's extractor on the Zyte article-extraction benchmark (and, to check the metric
 * port, the published peer outputs), then measures pages per second on one thread.
 *
 * <p>Usage: {@code ExtractionBenchmark [path/to/zyte-aeb]} (default {@code ../shared/bench/zyte-aeb}).
 */
public final class ExtractionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/bench/zyte-aeb");
    if (!Files.isDirectory(root)) {
      System.err.println("benchmark data not found at " + root.toAbsolutePath());
      System.exit(1);
    }
    JsonNode truth = JSON.readTree(root.resolve("ground-truth.json").toFile());
    for (String peer : List.of("trafilatura", "rs_trafilatura", "go_trafilatura", "readability_js", "readability")) {
      Path file = root.resolve("peer-outputs").resolve(peer + ".json");
      if (Files.exists(file)) {
        print(peer, scorePeer(truth, JSON.readTree(file.toFile())), Double.NaN);
      }
    }
    Map<String, byte[]> pages = load(root, truth);
    ArticleExtractor extractor = new ArticleExtractor();
    ShingleMetric.Score score = score(extractor, pages, truth); // also warms the JIT up
    long start = System.nanoTime();
    run(extractor, pages, truth);
    double seconds = (System.nanoTime() - start) / 1e9;
    print("marsad", score, pages.size() / seconds);
  }

  /** Marsad's score on the benchmark at {@code root}. */
  static ShingleMetric.Score score(Path root) throws IOException {
    JsonNode truth = JSON.readTree(root.resolve("ground-truth.json").toFile());
    return score(new ArticleExtractor(), load(root, truth), truth);
  }

  private static ShingleMetric.Score score(ArticleExtractor extractor, Map<String, byte[]> pages, JsonNode truth) {
    Map<String, String> texts = run(extractor, pages, truth);
    ShingleMetric metric = new ShingleMetric();
    truth.properties().forEach(e -> metric.add(e.getValue().path("articleBody").asText(""), texts.get(e.getKey())));
    return metric.score();
  }

  /** The peer's published score, to check the metric port. */
  static ShingleMetric.Score peerScore(Path root, String peer) throws IOException {
    JsonNode truth = JSON.readTree(root.resolve("ground-truth.json").toFile());
    return scorePeer(truth, JSON.readTree(root.resolve("peer-outputs").resolve(peer + ".json").toFile()));
  }

  private static ShingleMetric.Score scorePeer(JsonNode truth, JsonNode peer) {
    JsonNode output = peer.has("output") ? peer.get("output") : peer;
    ShingleMetric metric = new ShingleMetric();
    truth.properties().forEach(e ->
        metric.add(e.getValue().path("articleBody").asText(""), output.path(e.getKey()).path("articleBody").asText("")));
    return metric.score();
  }

  private static Map<String, byte[]> load(Path root, JsonNode truth) throws IOException {
    Map<String, byte[]> pages = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    for (String id : ids) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve("html").resolve(id + ".html.gz")))) {
        pages.put(id, in.readAllBytes());
      }
    }
    return pages;
  }

  /** Extracts every page on the calling thread; a page that is not an article scores as empty text. */
  private static Map<String, String> run(ArticleExtractor extractor, Map<String, byte[]> pages, JsonNode truth) {
    Map<String, String> texts = new LinkedHashMap<>();
    pages.forEach((id, bytes) -> {
      ExtractResult r = extractor.extract(ExtractRequest.of(bytes, truth.path(id).path("url").asText("https://example.com/")));
      texts.put(id, r instanceof ExtractResult.Extracted x ? x.article().text() : "");
    });
    return texts;
  }

  private static void print(String name, ShingleMetric.Score s, double pagesPerSecond) {
    String speed = Double.isNaN(pagesPerSecond) ? "" : String.format(Locale.ROOT, "  %.1f pages/s (1 thread)", pagesPerSecond);
    System.out.printf(Locale.ROOT, "%-16s F1 %.3f  P %.3f  R %.3f  (%d pages)%s%n",
        name, s.f1(), s.precision(), s.recall(), s.pages(), speed);
  }
}
