package org.marsad.cli.bench;

import java.util.List;

/**
 * One JVM's race of Marsad against the bare-parse floor: each timed round's time for both. The JIT
 * does not compile the same code the same way in every JVM (the floor runs at one of two speeds
 * fixed for the life of a JVM), so a reader of the target needs each JVM's figure, not only the
 * median over JVMs.
 *
 * @param nanos Marsad's time in each timed round
 * @param floorNanos the floor's time in each timed round
 */
public record RaceJvm(List<Long> nanos, List<Long> floorNanos) {

  public RaceJvm {
    nanos = List.copyOf(nanos);
    floorNanos = List.copyOf(floorNanos);
  }

  /** Marsad's median round. */
  public long medianNanos() {
    return Harness.median(nanos);
  }

  /** The floor's median round. */
  public long floorMedianNanos() {
    return Harness.median(floorNanos);
  }

  /**
   * Marsad's speed over the floor's, from each one's median round (what "× jsoup parse" is over all
   * JVMs): 0.5 means Marsad's time is twice a bare parse.
   */
  public double ratio() {
    long own = medianNanos();
    return own == 0 ? 0 : (double) floorMedianNanos() / own;
  }
}
