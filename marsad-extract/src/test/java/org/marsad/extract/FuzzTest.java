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
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the fixtures (fixed seed, so failures reproduce): the extractor must always
 * return a value, and every article it returns must keep the output invariants.
 */
class FuzzTest {

  private static final long SEED = 20241129L;
  private static final int MUTATIONS_PER_FIXTURE = 20;
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
    List<Path> pages;
    try (Stream<Path> s = Files.list(Fixtures.dir())) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
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
