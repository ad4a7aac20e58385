package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMetricTest {

  private static final double EPS = 1e-9;

  @Test
  void countsSegmentsFoundInTheWhitespaceNormalisedOutput() {
    String output = "First  paragraph\nof the\u00a0story.\n\nSecond one.";
    SegmentMetric.Counts c =
        SegmentMetric.score(
            output,
            List.of("paragraph of the story", "Second one.", "missing part"),
            List.of("Share this", "story. Second"));
    assertEquals(new SegmentMetric.Counts(2, 1, 1, 1), c);
  }

  @Test
  void emptyOutputMissesEveryWantedSegmentAndAvoidsEveryUnwantedOne() {
    SegmentMetric.Counts c = SegmentMetric.score("", List.of("a", "b"), List.of("c"));
    assertEquals(new SegmentMetric.Counts(0, 0, 2, 1), c);
    assertEquals(0, c.prf(1).f1(), EPS);
    assertEquals(0, c.prf(1).precision(), EPS);
  }

  @Test
  void f1IsComputedFromSummedCounts() {
    SegmentMetric.Counts total =
        SegmentMetric.sum(
            List.of(new SegmentMetric.Counts(3, 1, 0, 2), new SegmentMetric.Counts(1, 0, 2, 1)));
    assertEquals(new SegmentMetric.Counts(4, 1, 2, 3), total);
    Prf p = total.prf(2);
    assertEquals(2.0 * 4 / (2 * 4 + 1 + 2), p.f1(), EPS);
    assertEquals(4.0 / 5, p.precision(), EPS);
    assertEquals(4.0 / 6, p.recall(), EPS);
  }

  @Test
  void noSegmentsGiveZeroNotNaN() {
    assertEquals(0, SegmentMetric.Counts.ZERO.prf(0).f1(), EPS);
  }

  @Test
  void normalisationKeepsFourByteCharacters() {
    assertEquals("خبر 📚 جديد", Whitespace.normalise("  خبر\t📚\n\n جديد \u2003"));
  }
}
