package org.marsad.cli.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-threaded timing: an optional warm-up pass over all pages (lets the JIT compile the hot
 * paths), then the timed pass whose predictions are the ones scored. Reading and gunzipping the
 * file are inside the timed loop, as in the peer runners.
 */
public final class Harness {

  private Harness() {}

  /**
   * Outcome of the timed pass.
   *
   * @param errors pages whose file could not be read or whose extraction threw (scored as empty)
   */
  public record Timed(Map<BenchPage, Prediction> predictions, long nanos, int errors) {

    public double pagesPerSecond() {
      return nanos == 0 ? 0 : predictions.size() / (nanos / 1e9);
    }
  }

  public static Timed run(List<BenchPage> pages, PageExtractor extractor, boolean warmUp) {
    if (warmUp) {
      pass(pages, extractor);
    }
    return pass(pages, extractor);
  }

  private static Timed pass(List<BenchPage> pages, PageExtractor extractor) {
    Map<BenchPage, Prediction> out = new LinkedHashMap<>();
    int errors = 0;
    long start = System.nanoTime();
    for (BenchPage page : pages) {
      Prediction p;
      try {
        p = extractor.extract(Gz.read(page.file()), page.url());
      } catch (IOException | RuntimeException | StackOverflowError e) {
        // One pathological page (deep nesting included) must cost its score, not the whole run.
        p = Prediction.EMPTY;
        errors++;
      }
      out.put(page, p);
    }
    return new Timed(out, System.nanoTime() - start, errors);
  }
}
