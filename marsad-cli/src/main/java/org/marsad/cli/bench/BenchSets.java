package org.marsad.cli.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loaders of the four benchmark sets under one data folder ({@code .../shared/bench}). Pages are
 * sorted by id so that {@code limit} always picks the same pages.
 */
public final class BenchSets {

  /** htmldate's label files hold {@code NaN} for "no date". */
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private BenchSets() {}

  /** Zyte article-extraction benchmark: truth is the labelled article body. */
  public static List<Labeled<String>> zyte(Path data, int limit) throws IOException {
    Path dir = data.resolve("zyte-aeb");
    List<Labeled<String>> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(readJson(dir.resolve("ground-truth.json")))) {
      BenchPage page =
          new BenchPage(
              e.getKey(),
              dir.resolve("html").resolve(e.getKey() + ".html.gz"),
              e.getValue().path("url").asText(""));
      pages.add(new Labeled<>(page, e.getValue().path("articleBody").asText("")));
    }
    return firstPages(pages, limit);
  }

  /** trafilatura's evaluation set. */
  public static List<Labeled<TrafilaturaSegments>> trafilatura(Path data, int limit)
      throws IOException {
    Path dir = data.resolve("trafilatura-eval");
    List<Labeled<TrafilaturaSegments>> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(readJson(dir.resolve("evaldata.json")))) {
      String file = e.getValue().path("file").asText();
      BenchPage page = new BenchPage(file, dir.resolve("html").resolve(file), e.getKey());
      pages.add(
          new Labeled<>(
              page,
              new TrafilaturaSegments(
                  strings(e.getValue().path("with")), strings(e.getValue().path("without")))));
    }
    return firstPages(pages, limit);
  }

  /**
   * htmldate's two label files together; truth is the labelled day, empty where the label is NaN.
   */
  public static List<Labeled<Optional<LocalDate>>> htmldate(Path data, int limit)
      throws IOException {
    Path dir = data.resolve("htmldate");
    List<Labeled<Optional<LocalDate>>> pages = new ArrayList<>();
    for (String labels : List.of("eval_default.json", "eval_mediacloud_2020.json")) {
      for (Map.Entry<String, JsonNode> e : fields(readJson(dir.resolve(labels)))) {
        String file = e.getValue().path("file").asText();
        JsonNode date = e.getValue().path("date");
        Optional<LocalDate> day =
            date.isTextual() ? Optional.of(LocalDate.parse(date.asText())) : Optional.empty();
        pages.add(
            new Labeled<>(
                new BenchPage(e.getKey(), dir.resolve("html").resolve(file), e.getKey()), day));
      }
    }
    return firstPages(pages, limit);
  }

  /** Fundus fixtures: see {@link FundusFixtures}. */
  public static List<Labeled<FundusAgreement.Expected>> fundus(Path data, int limit)
      throws IOException {
    return firstPages(
        FundusFixtures.load(data.resolve("fundus-fixtures").resolve("test_data")), limit);
  }

  static JsonNode readJson(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("missing benchmark file " + file);
    }
    return JSON.readTree(file.toFile());
  }

  static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(
        n -> {
          if (n.isTextual()) {
            out.add(n.asText());
          }
        });
    return out;
  }

  /** Sorted by id, at most {@code limit} (0 or less: all), and only pages whose file exists. */
  static <T> List<Labeled<T>> firstPages(List<Labeled<T>> pages, int limit) {
    Stream<Labeled<T>> sorted =
        pages.stream()
            .filter(p -> Files.isRegularFile(p.page().file()))
            .sorted(Comparator.comparing((Function<Labeled<T>, String>) p -> p.page().id()));
    return (limit > 0 ? sorted.limit(limit) : sorted).toList();
  }
}
