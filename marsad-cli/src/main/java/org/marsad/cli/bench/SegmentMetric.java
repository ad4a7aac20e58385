package org.marsad.cli.bench;

import java.util.List;

/**
 * trafilatura's evaluation-set metric: labelled segments that must ({@code with}) or must not
 * ({@code without}) appear, as substrings, in the whitespace-normalised output. Segments are used
 * verbatim, as trafilatura's own evaluation does.
 */
public final class SegmentMetric {

  private SegmentMetric() {}

  /** Segment counts, summed over pages. */
  public record Counts(int tp, int fp, int fn, int tn) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    /** F1 = 2TP/(2TP+FP+FN), precision TP/(TP+FP), recall TP/(TP+FN); 0 where undefined. */
    public Prf prf(int pages) {
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      int denominator = 2 * tp + fp + fn;
      return new Prf(precision, recall, denominator == 0 ? 0 : 2.0 * tp / denominator, pages);
    }
  }

  /** Scores one page's output (empty when the extractor gave nothing) against its segments. */
  public static Counts score(String output, List<String> with, List<String> without) {
    String text = Whitespace.normalise(output);
    int tp = 0;
    int fn = 0;
    for (String segment : with) {
      if (text.contains(segment)) {
        tp++;
      } else {
        fn++;
      }
    }
    int fp = 0;
    int tn = 0;
    for (String segment : without) {
      if (text.contains(segment)) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Counts(tp, fp, fn, tn);
  }

  /** Sums page counts. */
  public static Counts sum(List<Counts> pages) {
    return pages.stream().reduce(Counts.ZERO, Counts::plus);
  }
}
