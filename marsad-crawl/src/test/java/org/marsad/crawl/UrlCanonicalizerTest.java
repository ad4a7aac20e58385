package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ' ',
      value = {
        "HTTPS://News.Example:443/a/b?utm_source=x&utm_medium=y#top https://news.example/a/b",
        "http://news.example:80/a?id=5&fbclid=zz&gclid=q http://news.example/a?id=5",
        "https://news.example:8443/a https://news.example:8443/a",
        "https://news.example/a?b=2&a=1 https://news.example/a?a=1&b=2",
        "https://amp.news.example/story/12 https://news.example/story/12",
        "https://m.news.example/story/12 https://news.example/story/12",
        "https://mobile.news.example/story/12 https://news.example/story/12",
        "https://news.example/amp/story/12 https://news.example/story/12",
        "https://news.example/story/12/amp https://news.example/story/12",
        "https://news.example/story/12.amp.html https://news.example/story/12.html",
        "https://news.example/story/12?amp=1 https://news.example/story/12",
        "https://news.example/a/./b/../c https://news.example/a/c",
        "https://news.example https://news.example/",
        "https://news.example/%d8%a7%d9%84 https://news.example/%D8%A7%D9%84",
        "https://news.example/%7Euser https://news.example/~user",
        "https://m.example/x https://m.example/x",
      })
  void canonicalizes(String in, String expected) {
    assertEquals(URI.create(expected), UrlCanonicalizer.canonicalize(URI.create(in)));
  }

  @Test
  void arabicUrlsFromFeedsAreParsed() {
    URI u = UrlCanonicalizer.parse("https://news.example/أخبار/عاجل 1").orElseThrow();
    assertEquals("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B9%D8%A7%D8%AC%D9%84%201", u.getRawPath());
  }

  @Test
  void relativeUrlsAreLeftAlone() {
    assertEquals(
        URI.create("/a?utm_source=x"),
        UrlCanonicalizer.canonicalize(URI.create("/a?utm_source=x")));
  }

  @Test
  void sameArticleThroughSeveralFeedsHasOneIdentity() {
    String viaGuid =
        ItemIdentity.of(
            java.util.Optional.of("https://amp.news.example/s/9?utm_campaign=rss"),
            java.util.Optional.empty(),
            "x",
            java.util.Optional.empty());
    String viaLink =
        ItemIdentity.of(
            java.util.Optional.empty(),
            java.util.Optional.of(
                UrlCanonicalizer.canonicalize(URI.create("https://news.example/s/9#comments"))),
            "y",
            java.util.Optional.empty());
    assertEquals(viaGuid, viaLink);
    String hashed =
        ItemIdentity.of(
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            "عنوان",
            java.util.Optional.empty());
    assertEquals(
        hashed,
        ItemIdentity.of(
            java.util.Optional.of("  "),
            java.util.Optional.empty(),
            " عنوان ",
            java.util.Optional.empty()));
    assertEquals(true, hashed.startsWith("hash:"));
  }
}
