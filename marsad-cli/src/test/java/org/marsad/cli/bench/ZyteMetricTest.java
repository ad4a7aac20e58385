package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZyteMetricTest {

  private static final double EPS = 1e-9;

  @Test
  void tokensAreLettersDigitsAndUnderscoreWithCaseKept() {
    assertEquals(
        List.of("Hello", "wor_ld", "42", "مرحبا", "بكم", "x"),
        ZyteMetric.tokens("Hello, wor_ld! 42 — «مرحبا بكم» x"));
    assertEquals(List.of(), ZyteMetric.tokens(""));
    assertEquals(List.of(), ZyteMetric.tokens(null));
  }

  @Test
  void shinglesAreAMultisetOfFourTokenWindows() {
    Map<String, Integer> s = ZyteMetric.shingles("a b c d a b c d");
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1), s);
  }

  @Test
  void aTextOfFewerThanFourTokensIsOneShingle() {
    assertEquals(Map.of("one two three", 1), ZyteMetric.shingles("one two three"));
    assertEquals(Map.of("single", 1), ZyteMetric.shingles("single"));
    assertEquals(Map.of(), ZyteMetric.shingles("... !!"));
  }

  @Test
  void identicalTextsScorePerfectly() {
    ZyteMetric.PageCounts c =
        ZyteMetric.score("the quick brown fox jumps", "the quick brown fox jumps");
    assertEquals(new ZyteMetric.PageCounts(1, 0, 0), c);
    Prf p = ZyteMetric.aggregate(List.of(c));
    assertEquals(1, p.f1(), EPS);
  }

  @Test
  void countsAreNormalisedPerPage() {
    // truth shingles: "a b c d", "b c d e"; prediction: "a b c d", "b c d x"
    ZyteMetric.PageCounts c = ZyteMetric.score("a b c d e", "a b c d x");
    assertEquals(1.0 / 3, c.tp(), EPS);
    assertEquals(1.0 / 3, c.fp(), EPS);
    assertEquals(1.0 / 3, c.fn(), EPS);
  }

  @Test
  void shortTextsMatchOnlyAsAWholeAndCaseMatters() {
    assertEquals(
        new ZyteMetric.PageCounts(1, 0, 0), ZyteMetric.score("Breaking news", "Breaking, news."));
    assertEquals(
        new ZyteMetric.PageCounts(0, 0.5, 0.5), ZyteMetric.score("Breaking news", "breaking news"));
    ZyteMetric.PageCounts c = ZyteMetric.score("Breaking news", "Breaking news today");
    assertEquals(new ZyteMetric.PageCounts(0, 0.5, 0.5), c);
  }

  @Test
  void emptyPredictionHasNoPrecisionAndZeroRecall() {
    ZyteMetric.PageCounts empty = ZyteMetric.score("some words of the true body", "");
    assertEquals(new ZyteMetric.PageCounts(0, 0, 1), empty);
    // tp = fp = 0: the page is left out of the precision mean, and counts 0 in the recall mean.
    ZyteMetric.PageCounts perfect = ZyteMetric.score("one two three four", "one two three four");
    Prf p = ZyteMetric.aggregate(List.of(empty, perfect));
    assertEquals(1.0, p.precision(), EPS);
    assertEquals(0.5, p.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, p.f1(), EPS);
  }

  @Test
  void pagesWithNothingOnEitherSideCountNowhere() {
    ZyteMetric.PageCounts none = ZyteMetric.score("", "—");
    assertEquals(new ZyteMetric.PageCounts(0, 0, 0), none);
    ZyteMetric.PageCounts half = ZyteMetric.score("a b c d e", "a b c d x");
    Prf p = ZyteMetric.aggregate(List.of(none, half));
    assertEquals(0.5, p.precision(), EPS);
    assertEquals(0.5, p.recall(), EPS);
  }

  @Test
  void spuriousPredictionHasZeroPrecisionAndNoRecall() {
    ZyteMetric.PageCounts c = ZyteMetric.score("", "text where there is none");
    assertEquals(new ZyteMetric.PageCounts(0, 1, 0), c);
    Prf p = ZyteMetric.aggregate(List.of(c));
    assertEquals(0, p.precision(), EPS);
    assertEquals(0, p.recall(), EPS);
    assertEquals(0, p.f1(), EPS);
  }

  @Test
  void noPagesGiveZeroNotNaN() {
    Prf p = ZyteMetric.aggregate(List.of());
    assertEquals(0, p.f1(), EPS);
  }
}
