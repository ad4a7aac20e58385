package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test over every fixture pair {@code fixtures/<name>.html} + {@code <name>.expected.json}: the
 * expected outcome, exact field values, text that must appear in the body text and text that must
 * appear in neither the text nor the sanitised HTML. Fixtures are read as bytes, so encodings are
 * exercised for real.
 */
class FixtureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path dir = Fixtures.dir();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".expected.json"))
              .map(n -> n.substring(0, n.length() - ".expected.json".length()))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @Test
  void corpusHasEnoughFixtures() throws Exception {
    assertTrue(fixtures().count() >= 15, "expected at least 15 fixture pairs");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureMatchesExpectation(String name) throws Exception {
    JsonNode expected =
        JSON.readTree(Files.readString(Fixtures.dir().resolve(name + ".expected.json")));
    ExtractResult result = EXTRACTOR.extract(Fixtures.request(name, expected));
    String outcome = expected.path("outcome").asText("article");
    switch (outcome) {
      case "article" -> checkArticle(expected, result);
      case "not_article" -> {
        ExtractResult.NotAnArticle not = assertInstanceOf(ExtractResult.NotAnArticle.class, result);
        assertEquals(
            expected.path("kind").asText(),
            not.kind().name().toLowerCase(Locale.ROOT),
            not.reason());
        checkFields(expected, ArticleJson.outcome(not));
      }
      case "error" -> assertInstanceOf(ExtractResult.Failed.class, result);
      default -> throw new AssertionError("unknown outcome " + outcome);
    }
  }

  /** Every field the expectation names must equal the contract JSON's. */
  private static void checkFields(JsonNode expected, ObjectNode actual) {
    expected
        .path("fields")
        .properties()
        .forEach(
            f ->
                assertEquals(
                    f.getValue(),
                    actual.get(f.getKey()),
                    "field " + f.getKey() + " of " + actual.toPrettyString()));
  }

  private static void checkArticle(JsonNode expected, ExtractResult result) {
    ExtractResult.Extracted x =
        assertInstanceOf(ExtractResult.Extracted.class, result, result.toString());
    checkFields(expected, ArticleJson.toJson(x.article()));
    String text = x.article().text();
    for (JsonNode s : expected.path("must_contain")) {
      assertTrue(text.contains(s.asText()), "text lacks «" + s.asText() + "»:\n" + text);
    }
    for (JsonNode s : expected.path("must_not_contain")) {
      assertFalse(text.contains(s.asText()), "text has «" + s.asText() + "»:\n" + text);
      assertFalse(x.article().html().contains(s.asText()), "html has «" + s.asText() + "»");
    }
    assertFalse(text.contains("\n\n\n"), "paragraphs must be separated by exactly one blank line");
    assertFalse(text.contains("\uFFFD"), "undecoded bytes in text");
    Optional.ofNullable(expected.get("min_paragraphs"))
        .ifPresent(
            n ->
                assertTrue(text.split("\n\n").length >= n.asInt(), "too few paragraphs:\n" + text));
  }
}
