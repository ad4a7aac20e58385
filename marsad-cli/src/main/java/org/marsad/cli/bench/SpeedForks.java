package org.marsad.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * More JVMs for the speed race. The JIT does not compile the same code the same way in every JVM:
 * the parse floor runs at one of two speeds fixed for the life of a JVM, so one JVM's ratio depends
 * on its luck. Each fork runs {@link RaceFork}; each JVM's median round stands for it, and the
 * median of those is the figure, as JMH does with forks.
 */
final class SpeedForks {

  private SpeedForks() {}

  /** Runs {@code forks} JVMs one after another; a fork that fails is logged and left out. */
  static List<RaceJvm> run(BenchRun.Options o, PrintWriter log) {
    List<RaceJvm> out = new ArrayList<>();
    for (int i = 1; i <= o.forks(); i++) {
      log.println("bench: fork " + i + " of " + o.forks() + " ...");
      log.flush();
      Optional<RaceJvm> jvm =
          Processes.run(command(o), Map.of(), o.scratch().resolve("forks"), "fork-" + i, TIMEOUT)
              .flatMap(SpeedForks::parse);
      if (jvm.isPresent()) {
        out.add(jvm.get());
      } else {
        log.println(
            "bench: fork " + i + " failed (its output is under forks/ in the scratch folder)");
      }
    }
    return out;
  }

  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private static List<String> command(BenchRun.Options o) {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        RaceFork.class.getName(),
        o.data().toAbsolutePath().toString(),
        Integer.toString(o.limit()),
        Integer.toString(o.warmups()),
        Integer.toString(o.rounds()));
  }

  /** Reads {@link RaceFork}'s line; empty when it is not two lists of times. */
  static Optional<RaceJvm> parse(String output) {
    String[] halves = output.strip().split(";", -1);
    try {
      return halves.length == 2
          ? Optional.of(new RaceJvm(times(halves[0]), times(halves[1])))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static List<Long> times(String list) {
    return Arrays.stream(list.split(",", -1)).map(Long::parseLong).toList();
  }

  /**
   * The median over JVMs of each JVM's median round ({@link RaceJvm#medianNanos} or {@link
   * RaceJvm#floorMedianNanos}).
   */
  static long medianOfMedians(List<RaceJvm> jvms, ToLongFunction<RaceJvm> medianRound) {
    return Harness.median(jvms.stream().map(medianRound::applyAsLong).toList());
  }

  /**
   * Each JVM's ratio, main JVM first, and the lowest: the median over JVMs can meet a target that
   * the JVMs where jsoup draws its faster parse do not.
   */
  static String summary(List<RaceJvm> jvms) {
    StringBuilder b = new StringBuilder("bench: × jsoup parse per JVM (main first):");
    for (RaceJvm jvm : jvms) {
      b.append(String.format(Locale.ROOT, " %.3f", jvm.ratio()));
    }
    double lowest = jvms.stream().mapToDouble(RaceJvm::ratio).min().orElse(0);
    return b.append(
            String.format(
                Locale.ROOT,
                "; lowest %.3f, that is %.2f× a bare parse",
                lowest,
                lowest == 0 ? 0 : 1 / lowest))
        .toString();
  }

  /** Each JVM's round times as one log line. */
  static String describe(int fork, RaceJvm jvm, int pages) {
    StringBuilder b = new StringBuilder("bench: fork ").append(fork).append(':');
    for (int r = 0; r < jvm.nanos().size(); r++) {
      b.append(
          String.format(
              Locale.ROOT,
              " round %d × %.3f (Marsad %.1f, parse %.1f pages/s);",
              r + 1,
              (double) jvm.floorNanos().get(r) / jvm.nanos().get(r),
              BenchRun.pagesPerSecond(pages, jvm.nanos().get(r)),
              BenchRun.pagesPerSecond(pages, jvm.floorNanos().get(r))));
    }
    return b.toString();
  }
}
