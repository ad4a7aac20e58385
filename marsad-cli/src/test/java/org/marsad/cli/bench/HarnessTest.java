package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessTest {

  @TempDir Path dir;

  /** Records every call as "name:url", predicts the page's text as its body. */
  private static final class Recorder implements PageExtractor {
    private final String name;
    private final List<String> calls;
    private final String failOn;

    Recorder(String name, List<String> calls, String failOn) {
      this.name = name;
      this.calls = calls;
      this.failOn = failOn;
    }

    @Override
    public Prediction extract(byte[] html, String url) {
      calls.add(name + ":" + url);
      if (url.equals(failOn)) {
        throw new IllegalStateException("boom");
      }
      String body = name + " " + new String(html, StandardCharsets.UTF_8);
      return new Prediction(body, Optional.empty(), List.of(), Optional.empty());
    }
  }

  private List<BenchPage> pages(int n) throws IOException {
    List<BenchPage> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path file = dir.resolve("p" + i + ".html.gz");
      try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
        o.write(("page " + i).getBytes(StandardCharsets.UTF_8));
      }
      out.add(new BenchPage("p" + i, file, "u" + i));
    }
    return out;
  }

  /** A race of two recorders that note each call in {@code calls}, neither failing. */
  private static Harness.Race recordedRace(
      List<BenchPage> pages, List<String> calls, int warmups, int rounds) {
    return Harness.race(
        pages, new Recorder("own", calls, ""), new Recorder("floor", calls, ""), warmups, rounds);
  }

  @Test
  void everyRoundHandsEachPageToBothInTurns() throws IOException {
    List<String> calls = new ArrayList<>();
    List<BenchPage> pages = pages(3);
    Harness.Race race = recordedRace(pages, calls, 1, 2);
    // A warm-up round and two timed rounds, each page to both.
    assertEquals(3 * 3 * 2, calls.size());
    assertEquals(2, race.nanos().size());
    assertEquals(2, race.floorNanos().size());
    // Warm-up round 0: page 0 own first, page 1 floor first; round 1 the other way round.
    assertEquals(List.of("own:u0", "floor:u0", "floor:u1", "own:u1"), calls.subList(0, 4));
    assertEquals(List.of("floor:u0", "own:u0", "own:u1", "floor:u1"), calls.subList(6, 10));
    assertEquals("own page 1", race.predictions().get(pages.get(1)).text());
    assertEquals(0, race.errors());
    assertEquals(0, race.floorErrors());
    assertTrue(Harness.median(race.nanos()) > 0);
  }

  @Test
  void warmUpRoundsComeFirstAndAreNotTimed() throws IOException {
    List<String> calls = new ArrayList<>();
    List<BenchPage> pages = pages(2);
    Harness.Race race = recordedRace(pages, calls, 3, 1);
    assertEquals(4 * 2 * 2, calls.size());
    assertEquals(1, race.nanos().size());
    // The timed round (round 3) keeps taking turns where the warm-up left off.
    assertEquals(List.of("floor:u0", "own:u0", "own:u1", "floor:u1"), calls.subList(12, 16));
    Harness.Race cold = recordedRace(pages, new ArrayList<>(), 0, 1);
    assertEquals(1, cold.nanos().size());
  }

  @Test
  void aPageThatThrowsOrCannotBeReadCostsItsScoreOnly() throws IOException {
    List<String> calls = new ArrayList<>();
    List<BenchPage> pages = new ArrayList<>(pages(3));
    pages.add(new BenchPage("gone", dir.resolve("missing.html.gz"), "u9"));
    Harness.Race race =
        Harness.race(
            pages, new Recorder("own", calls, "u1"), new Recorder("floor", calls, "u2"), 1, 1);
    assertEquals(2, race.errors());
    assertEquals(1, race.floorErrors());
    assertEquals("", race.predictions().get(pages.get(1)).text());
    assertEquals("own page 2", race.predictions().get(pages.get(2)).text());
    assertEquals(4, race.predictions().size());
  }

  @Test
  void onceReadsEveryPage() throws IOException {
    List<BenchPage> pages = pages(2);
    Harness.Timed t = Harness.once(pages, new Recorder("own", new ArrayList<>(), "u0"));
    assertEquals(1, t.errors());
    assertEquals("own page 1", t.predictions().get(pages.get(1)).text());
  }

  @Test
  void roundsMustBePositive() throws IOException {
    List<BenchPage> pages = pages(1);
    PageExtractor none = (html, url) -> Prediction.EMPTY;
    assertThrows(IllegalArgumentException.class, () -> Harness.race(pages, none, none, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Harness.race(pages, none, none, -1, 1));
  }

  @Test
  void medianTakesTheMiddleRound() {
    assertEquals(3, Harness.median(List.of(5L, 1L, 3L)));
    assertEquals(1, Harness.median(List.of(4L, 1L)));
    assertEquals(7, Harness.median(List.of(7L)));
  }
}
