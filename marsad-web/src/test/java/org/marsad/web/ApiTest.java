package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static HttpFixture http;

  @BeforeAll
  static void start() {
    http = new HttpFixture();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static JsonNode json(String path, int status) {
    HttpFixture.Reply reply = http.get("/api/v1" + path);
    assertEquals(status, reply.status(), () -> path + " -> " + reply.text());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    try {
      return JSON.readTree(reply.bytes());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + reply.text(), e);
    }
  }

  @Test
  void articlesAreNewestFirstWithSnakeCaseAndIsoDates() {
    JsonNode body = json("/articles?limit=3", 200);
    assertEquals(3, body.get("limit").asInt());
    assertEquals(0, body.get("offset").asInt());
    JsonNode articles = body.get("articles");
    assertEquals(3, articles.size());
    JsonNode first = articles.get(0);
    assertEquals(102, first.get("id").asLong());
    assertTrue(articles.get(1).get("published").isNull(), "an undated article has a null date");
    assertEquals(
        106, json("/articles?limit=1&offset=1", 200).get("articles").get(0).get("id").asLong());
    assertEquals("wadi", first.get("source_key").asText());
    assertEquals("شبكة الوادي الإخبارية", first.get("source_name").asText());
    assertEquals("2026-11-29T16:30:00+03:00", first.get("published").asText());
    assertEquals(1, first.get("story_id").asLong());
    assertTrue(first.get("image_url").isNull());
    assertEquals(20, json("/articles", 200).get("articles").size(), "default limit");
  }

  @ParameterizedTest
  @CsvSource({
    "/articles?limit=0, limit",
    "/articles?limit=201, limit",
    "/articles?limit=ten, limit",
    "/articles?offset=-1, offset",
    "/articles/abc, article id",
    "/articles/0, article id",
    "/search, 'q'",
    "/search?q=%20%20, 'q'",
    "/search?q=x&limit=500, limit",
    "/tags?limit=0, limit",
    "/sources/sahil?offset=x, offset",
    "/tags/thaqafa?limit=-3, limit"
  })
  void badParametersAre400WithAClearMessage(String path, String mentioned) {
    JsonNode body = json(path, 400);
    assertTrue(body.get("error").asText().contains(mentioned), body.toString());
  }

  @Test
  void unknownThingsAre404Json() {
    assertTrue(json("/articles/999999", 404).get("error").asText().contains("999999"));
    assertTrue(json("/sources/nope", 404).get("error").asText().contains("nope"));
    assertTrue(json("/tags/nope", 404).get("error").asText().contains("nope"));
    assertTrue(json("/no-such-endpoint", 404).has("error"));
  }

  @Test
  void articleIncludesBodyEmbedsTagsAndRelated() {
    JsonNode body = json("/articles/101", 200);
    JsonNode article = body.get("article");
    assertEquals(
        "افتتاح سوق الكتاب الشتوي في الإسكندرية بمشاركة مئة دار نشر",
        article.get("title").asText());
    assertEquals("https://sahil.example/news/101", article.get("canonical_url").asText());
    assertEquals("2026-11-29T13:00:00Z", article.get("fetched_at").asText());
    assertEquals(SampleData.TWEET, article.get("embeds").get(0).get("text").asText());
    assertEquals("@reader_nour", article.get("embeds").get(0).get("author").asText());
    assertEquals("thaqafa", article.get("tags").get(0).get("slug").asText());
    assertTrue(article.get("source_credit").asText().contains("قسم الثقافة"));
    JsonNode related = body.get("related");
    assertEquals(2, related.size());
    related.forEach(
        r ->
            assertTrue(
                !r.get("source_key").asText().equals("sahil"), "related comes from other outlets"));
  }

  @Test
  void sourcesCarryFeedState() {
    JsonNode sources = json("/sources", 200).get("sources");
    assertEquals(3, sources.size());
    JsonNode sahil = json("/sources/sahil?limit=2", 200);
    assertEquals("صحيفة الساحل", sahil.get("source").get("name_ar").asText());
    assertEquals(3, sahil.get("source").get("article_count").asLong());
    JsonNode failing = sahil.get("source").get("feeds").get(1);
    assertEquals("erroring", failing.get("status").asText());
    assertEquals(3, failing.get("soft_errors").asInt());
    assertEquals("2026-11-29T11:15:00Z", failing.get("next_poll_at").asText());
    assertEquals(900, failing.get("poll_interval_seconds").asLong());
    assertEquals(2, sahil.get("articles").size());
  }

  @Test
  void tagsAndTagArticles() {
    JsonNode tags = json("/tags", 200).get("tags");
    assertEquals(4, tags.size());
    assertEquals("mujaz", tags.get(0).get("tag").get("slug").asText(), "most used first");
    assertEquals(25, tags.get(0).get("article_count").asLong());
    String slug = URLEncoder.encode("الإسكندرية", StandardCharsets.UTF_8);
    JsonNode tag = json("/tags/" + slug, 200);
    assertEquals("place", tag.get("tag").get("tag").get("kind").asText());
    assertEquals(101, tag.get("articles").get(0).get("id").asLong());
  }

  @Test
  void searchPagesThroughHits() {
    String q = URLEncoder.encode("نشرة", StandardCharsets.UTF_8);
    JsonNode page = json("/search?q=" + q + "&limit=10&offset=20", 200);
    assertEquals("نشرة", page.get("query").asText());
    assertEquals(25, page.get("total").asLong());
    assertEquals(5, page.get("hits").size());
    assertTrue(page.get("hits").get(0).get("fragment_html").asText().contains("<mark>نشرة</mark>"));
    assertTrue(page.get("hits").get(0).get("article").has("source_name"));
  }

  @Test
  void stats() {
    JsonNode stats = json("/stats", 200);
    assertEquals(31, stats.get("articles").asLong());
    assertEquals(3, stats.get("sources").asLong());
    assertEquals(2, stats.get("stories").asLong());
    assertEquals(4, stats.get("tags").asLong());
  }

  @Test
  void emojiSurvivesByteForByteIntoJson() {
    HttpFixture.Reply reply = http.get("/api/v1/articles/101");
    assertTrue(
        reply.containsBytes(SampleData.EMOJI.getBytes(StandardCharsets.UTF_8)), reply.text());
  }
}
