package org.marsad.cli.bench;

/**
 * Precision, recall and F1 of one extractor on one set.
 *
 * @param pages pages the figures are computed over
 */
public record Prf(double precision, double recall, double f1, int pages) {

  /** F1 as the harmonic mean of the two; 0 when both are 0 (no division by zero). */
  public static Prf of(double precision, double recall, int pages) {
    double sum = precision + recall;
    return new Prf(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum, pages);
  }
}
