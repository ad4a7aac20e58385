package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedForksTest {

  @Test
  void readsAForksLine() {
    RaceJvm jvm = SpeedForks.parse("30,10,20;5,7,6\n").orElseThrow();
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
  void aJvmsRatioIsTheFloorsMedianRoundOverMarsads() {
    // Marsad's median round 20, the floor's 6: a bare parse is 0.3 of Marsad's time.
    RaceJvm jvm = new RaceJvm(List.of(30L, 10L, 20L), List.of(5L, 7L, 6L));
    assertEquals(20, jvm.medianNanos());
    assertEquals(6, jvm.floorMedianNanos());
    assertEquals(0.3, jvm.ratio(), 1e-9);
    assertEquals(0, new RaceJvm(List.of(0L), List.of(5L)).ratio());
  }

  @Test
  void theSummaryNamesEveryJvmAndTheLowest() {
    String line =
        SpeedForks.summary(
            List.of(
                new RaceJvm(List.of(10L), List.of(6L)),
                new RaceJvm(List.of(20L, 20L), List.of(9L, 10L)),
                new RaceJvm(List.of(10L), List.of(5L))));
    assertEquals(
        "bench: × jsoup parse per JVM (main first): 0.600 0.450 0.500;"
            + " lowest 0.450, that is 2.22× a bare parse",
        line);
  }

  @Test
  void eachJvmCountsByItsMedianRound() {
    // Medians 20, 9 and 100: the JVM in the middle decides, whatever its rounds' spread.
    assertEquals(
        20,
        SpeedForks.medianOfMedians(
            List.of(
                new RaceJvm(List.of(30L, 10L, 20L), List.of(1L)),
                new RaceJvm(List.of(9L), List.of(1L)),
                new RaceJvm(List.of(100L, 100L, 1L), List.of(1L))),
            RaceJvm::medianNanos));
  }
}
