package org.marsad.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-threaded timing.
 *
 * <p>{@link #race} times Marsad against the bare-parse floor: untimed warm-up rounds (the JIT
 * compiles both), then timed rounds in which each page is read once and handed to both in turn, the
 * one going first alternating page by page. Interleaving puts both under the same machine load, JIT
 * state and cache pressure; a pass of one after a pass of the other did not, and the ratio of two
 * such passes swung by ±15 % between runs of the same jar. Each system's time is its median round.
 * Reading and gunzipping a file are counted for neither: both get the bytes in memory, as a caller
 * of the library does.
 */
public final class Harness {

  private Harness() {}

  /**
   * Outcome of one untimed-for-comparison pass (the quality gate's).
   *
   * @param errors pages whose file could not be read or whose extraction threw (scored as empty)
   */
  public record Timed(Map<BenchPage, Prediction> predictions, long nanos, int errors) {

    public double pagesPerSecond() {
      return BenchRun.pagesPerSecond(predictions.size(), nanos);
    }
  }

  /**
   * Outcome of a race.
   *
   * @param predictions the first timed round's predictions of the timed system (every round gives
   *     the same)
   * @param errors pages that could not be read or on which the timed system threw
   * @param floorErrors pages on which the floor threw
   * @param nanos the timed system's time in each round
   * @param floorNanos the floor's time in each round
   */
  public record Race(
      Map<BenchPage, Prediction> predictions,
      int errors,
      int floorErrors,
      List<Long> nanos,
      List<Long> floorNanos) {

    public Race {
      nanos = List.copyOf(nanos);
      floorNanos = List.copyOf(floorNanos);
    }
  }

  /** One pass over all pages, reading and gunzipping included. */
  public static Timed once(List<BenchPage> pages, PageExtractor extractor) {
    Map<BenchPage, Prediction> out = new LinkedHashMap<>();
    int errors = 0;
    long start = System.nanoTime();
    for (BenchPage page : pages) {
      Attempt a;
      try {
        a = attempt(extractor, Gz.read(page.file()), page.url());
      } catch (IOException e) {
        a = Attempt.FAILED;
      }
      out.put(page, a.prediction());
      errors += a.failed() ? 1 : 0;
    }
    return new Timed(out, System.nanoTime() - start, errors);
  }

  /**
   * {@code warmups} untimed rounds, then {@code rounds} timed rounds of {@code timed} against
   * {@code floor}.
   */
  public static Race race(
      List<BenchPage> pages, PageExtractor timed, PageExtractor floor, int warmups, int rounds) {
    if (warmups < 0 || rounds < 1) {
      throw new IllegalArgumentException(
          "warm-up rounds must be 0 or more and timed rounds 1 or more, not "
              + warmups
              + " and "
              + rounds);
    }
    for (int r = 0; r < warmups; r++) {
      lap(pages, timed, floor, r);
    }
    List<Lap> laps = new ArrayList<>();
    for (int r = warmups; r < warmups + rounds; r++) {
      laps.add(lap(pages, timed, floor, r));
    }
    Lap first = laps.get(0);
    return new Race(
        first.predictions(),
        first.errors(),
        first.floorErrors(),
        laps.stream().map(Lap::nanos).toList(),
        laps.stream().map(Lap::floorNanos).toList());
  }

  private record Lap(
      Map<BenchPage, Prediction> predictions,
      int errors,
      int floorErrors,
      long nanos,
      long floorNanos) {}

  private static Lap lap(List<BenchPage> pages, PageExtractor timed, PageExtractor floor, int r) {
    Map<BenchPage, Prediction> out = new LinkedHashMap<>();
    int errors = 0;
    int floorErrors = 0;
    long nanos = 0;
    long floorNanos = 0;
    for (int i = 0; i < pages.size(); i++) {
      BenchPage page = pages.get(i);
      byte[] html;
      try {
        html = Gz.read(page.file());
      } catch (IOException e) {
        out.put(page, Prediction.EMPTY);
        errors++;
        continue;
      }
      // Whoever goes second finds the page's bytes in cache: take turns.
      boolean floorFirst = (i + r) % 2 == 1;
      Attempt f = floorFirst ? attempt(floor, html, page.url()) : null;
      Attempt a = attempt(timed, html, page.url());
      f = floorFirst ? f : attempt(floor, html, page.url());
      out.put(page, a.prediction());
      errors += a.failed() ? 1 : 0;
      floorErrors += f.failed() ? 1 : 0;
      nanos += a.nanos();
      floorNanos += f.nanos();
    }
    return new Lap(out, errors, floorErrors, nanos, floorNanos);
  }

  private record Attempt(Prediction prediction, long nanos, boolean failed) {
    static final Attempt FAILED = new Attempt(Prediction.EMPTY, 0, true);
  }

  private static Attempt attempt(PageExtractor extractor, byte[] html, String url) {
    long start = System.nanoTime();
    try {
      Prediction p = extractor.extract(html, url);
      return new Attempt(p, System.nanoTime() - start, false);
    } catch (RuntimeException | StackOverflowError e) {
      // One pathological page (deep nesting included) must cost its score, not the whole run.
      return new Attempt(Prediction.EMPTY, System.nanoTime() - start, true);
    }
  }

  /** The median of a non-empty list; the lower middle of an even one. */
  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
