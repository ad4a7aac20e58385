package org.marsad.cli.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * htmldate-set metric. A page is right when the extracted publish date falls on the labelled day
 * (the day in the page's own offset), or when the page has no label and nothing was extracted. The
 * counts follow htmldate's evaluation: tp same day, fp a wrong or unwanted date, fn a labelled date
 * missed, tn no label and no date.
 */
public final class DateAccuracy {

  private DateAccuracy() {}

  /** Counts summed over pages. */
  public record Counts(int tp, int fp, int fn, int tn) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public int pages() {
      return tp + fp + fn + tn;
    }

    /** Share of pages that are right: (tp + tn) / pages; 0 for no page. */
    public double accuracy() {
      return pages() == 0 ? 0 : (double) (tp + tn) / pages();
    }

    /** htmldate's published F1 figure: precision tp/(tp+fp), recall tp/(tp+fn). */
    public Prf prf() {
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      return Prf.of(precision, recall, pages());
    }
  }

  /** Scores one page. */
  public static Counts score(Optional<LocalDate> label, Optional<OffsetDateTime> predicted) {
    Optional<LocalDate> day = predicted.map(OffsetDateTime::toLocalDate);
    if (label.isEmpty()) {
      return day.isEmpty() ? new Counts(0, 0, 0, 1) : new Counts(0, 1, 0, 0);
    }
    if (day.isEmpty()) {
      return new Counts(0, 0, 1, 0);
    }
    return day.get().equals(label.get()) ? new Counts(1, 0, 0, 0) : new Counts(0, 1, 0, 0);
  }

  /** Sums page counts. */
  public static Counts sum(List<Counts> pages) {
    return pages.stream().reduce(Counts.ZERO, Counts::plus);
  }
}
