package org.marsad.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The race of {@link Harness#race} in a JVM of its own, started by {@link SpeedForks}: arguments
 * are the data folder, the page limit per set, the warm-up rounds and the timed rounds; it prints
 * one line, {@code NANOS;FLOOR_NANOS}, each a comma-separated list of round times.
 */
public final class RaceFork {

  private RaceFork() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: RaceFork DATA LIMIT WARMUPS ROUNDS");
      System.exit(1);
    }
    Workload w = Workload.load(Path.of(args[0]), Integer.parseInt(args[1]));
    Harness.Race race =
        Harness.race(
            w.allPages(),
            new MarsadPages(),
            new JsoupParse(),
            Integer.parseInt(args[2]),
            Integer.parseInt(args[3]));
    System.out.println(join(race.nanos()) + ";" + join(race.floorNanos()));
  }

  private static String join(List<Long> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
