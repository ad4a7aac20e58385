package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Launches the JMH benchmarks from Maven when asked: {@code -Dmarsad.bench=true}. Skipped
 * otherwise.
 */
class TextBenchmarksRun {

  @Test
  void benchmarks() throws Exception {
    assumeTrue(
        Boolean.getBoolean("marsad.bench"), "set -Dmarsad.bench=true to run the JMH benchmarks");
    List<String> lines = TextBenchmarks.run();
    lines.forEach(System.out::println);
    assertEquals(3, lines.size());
  }
}
