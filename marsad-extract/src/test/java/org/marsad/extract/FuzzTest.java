package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the fixtures (fixed seed, so failures reproduce): the extractor must always
 * return a value, and every article it returns must keep the output invariants.
 */
class FuzzTest {

  private static final long SEED = 20241129L;
  private static final int MUTATIONS_PER_FIXTURE = 20;
  private static final int ATTRIBUTE_RUNS_PER_FIXTURE = 40;
  private static final byte[][] NOISE = {
    "<div>".getBytes(StandardCharsets.UTF_8), "</p>".getBytes(StandardCharsets.UTF_8),
    "<script>".getBytes(StandardCharsets.UTF_8), "<!--".getBytes(StandardCharsets.UTF_8),
    "\"'><".getBytes(StandardCharsets.UTF_8), "اقرأ أيضاً:".getBytes(StandardCharsets.UTF_8),
    "&#x1F600;".getBytes(StandardCharsets.UTF_8), {0, 0, (byte) 0xFF, (byte) 0xFE}
  };

  @Test
  void mutatedFixturesNeverBreakTheExtractor() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor();
    Random random = new Random(SEED);
    List<Path> pages = fixturePages();
    int runs = 0;
    for (Path page : pages) {
      byte[] original = Files.readAllBytes(page);
      for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
        byte[] mutated = mutate(original, random);
        ExtractResult r =
            extractor.extract(ExtractRequest.of(mutated, "https://fuzz.example/" + i));
        assertNotNull(r);
        if (r instanceof ExtractResult.Extracted x) {
          assertFalse(x.article().text().contains("\n\n\n"), page + " #" + i);
          assertFalse(
              x.article().html().toLowerCase(java.util.Locale.ROOT).contains("<script"),
              page + " #" + i);
        }
        runs++;
      }
    }
    assertTrue(runs >= 300, "only " + runs + " fuzz runs");
  }

  /** Attributes the extractor reads, set to values below on random elements. */
  private static final List<String> READ_ATTRIBUTES =
      List.of(
          "class",
          "id",
          "src",
          "data-src",
          "data-srcset",
          "srcset",
          "lang",
          "content",
          "datetime",
          "href",
          "style",
          "itemprop",
          "rel",
          "type",
          "title",
          "alt",
          "width",
          "property",
          "name",
          "http-equiv",
          "data-href",
          "data-tweetid",
          "data-telegram-post",
          "cite",
          "hidden");

  /** Separators alone, quotes, broken escapes and dates, other scripts' digits, 4-byte text. */
  private static final List<String> ODD_VALUES =
      List.of(
          "",
          " ",
          ",",
          ",,",
          "-",
          "--",
          "_",
          ";",
          ":",
          "/",
          "//",
          "?",
          "#",
          "%zz",
          "[",
          "(",
          "\\",
          "|",
          "'",
          "\"",
          "''",
          "<",
          "&",
          "\u0000",
          "\uFFFD",
          "İ",
          "٠١",
          "۱۲",
          "😀",
          "javascript:",
          "data:,",
          ":///",
          "2024-13-45",
          "99999999999999999999",
          "-1",
          "1e999",
          "2024-01-01T25:61:61+99:99",
          "\t,\t",
          "، ،",
          "ar-",
          "-ar",
          "x".repeat(3000));

  /**
   * Odd values in the attributes the extractor reads, on every fixture that extracts: the page must
   * never fail for them ({@code class="'"}, a lazy source of commas and {@code lang="-"} each did,
   * and the random mutations above accept a failure as a value).
   */
  @Test
  void oddAttributeValuesNeverFailAPage() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor();
    Random random = new Random(SEED);
    int runs = 0;
    for (Path page : fixturePages()) {
      byte[] original = Files.readAllBytes(page);
      if (extractor.extract(ExtractRequest.of(original, "https://fuzz.example/"))
          instanceof ExtractResult.Failed) {
        continue; // a fixture that is meant to fail (binary, oversized)
      }
      String html = new String(original, StandardCharsets.UTF_8);
      for (int i = 0; i < ATTRIBUTE_RUNS_PER_FIXTURE; i++) {
        Document doc = Jsoup.parse(html);
        List<Element> elements = doc.getAllElements();
        StringBuilder set = new StringBuilder();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
          Element e = elements.get(random.nextInt(elements.size()));
          String key = READ_ATTRIBUTES.get(random.nextInt(READ_ATTRIBUTES.size()));
          String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
          e.attr(key, value);
          set.append(e.normalName()).append('[').append(key).append("=").append(value).append("] ");
        }
        byte[] bytes = doc.outerHtml().getBytes(StandardCharsets.UTF_8);
        ExtractResult r = extractor.extract(ExtractRequest.of(bytes, "https://fuzz.example/" + i));
        assertFalse(r instanceof ExtractResult.Failed, page.getFileName() + " " + r + " " + set);
        runs++;
      }
    }
    assertTrue(runs >= 2000, "only " + runs + " attribute runs");
  }

  private static List<Path> fixturePages() throws Exception {
    try (Stream<Path> s = Files.list(Fixtures.dir())) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static byte[] mutate(byte[] in, Random r) {
    int ops = 1 + r.nextInt(4);
    byte[] out = in;
    for (int k = 0; k < ops && out.length > 2; k++) {
      int a = r.nextInt(out.length);
      int b = Math.min(out.length, a + 1 + r.nextInt(Math.max(1, out.length / 10)));
      ByteArrayOutputStream o = new ByteArrayOutputStream(out.length + 64);
      switch (r.nextInt(5)) {
        case 0 -> { // delete a range
          o.write(out, 0, a);
          o.write(out, b, out.length - b);
        }
        case 1 -> { // duplicate a range
          o.write(out, 0, b);
          o.write(out, a, b - a);
          o.write(out, b, out.length - b);
        }
        case 2 -> { // insert markup noise
          o.write(out, 0, a);
          byte[] noise = NOISE[r.nextInt(NOISE.length)];
          for (int n = 1 + r.nextInt(50); n > 0; n--) {
            o.write(noise, 0, noise.length);
          }
          o.write(out, a, out.length - a);
        }
        case 3 -> o.write(out, 0, a); // truncate
        default -> { // flip random bytes
          o.write(out, 0, out.length);
          byte[] f = o.toByteArray();
          for (int n = 0; n < 16; n++) {
            f[r.nextInt(f.length)] = (byte) r.nextInt(256);
          }
          out = f;
          continue;
        }
      }
      out = o.toByteArray();
    }
    return out;
  }
}
