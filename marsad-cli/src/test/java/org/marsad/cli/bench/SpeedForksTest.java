package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedForksTest {

  @Test
  void readsAForksLine() {
    SpeedForks.Jvm jvm = SpeedForks.parse("30,10,20;5,7,6\n").orElseThrow();
    assertEquals(List.of(30L, 10L, 20L), jvm.nanos());
    assertEquals(List.of(5L, 7L, 6L), jvm.floorNanos());
  }

  @Test
  void anythingElseIsNoAnswer() {
    assertTrue(SpeedForks.parse("").isEmpty());
    assertTrue(SpeedForks.parse("1,2").isEmpty());
    assertTrue(SpeedForks.parse("1,x;2").isEmpty());
    assertTrue(SpeedForks.parse("1;2;3").isEmpty());
  }

  @Test
  void eachJvmCountsByItsMedianRound() {
    // Medians 20, 9 and 100: the JVM in the middle decides, whatever its rounds' spread.
    assertEquals(
        20,
        SpeedForks.medianOfMedians(
            List.of(List.of(30L, 10L, 20L), List.of(9L), List.of(100L, 100L, 1L))));
  }
}
