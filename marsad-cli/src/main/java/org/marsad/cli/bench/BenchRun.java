package org.marsad.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One benchmark run: Marsad, the jsoup parse floor and (optionally) the peers, on the same pages.
 */
public final class BenchRun {

  public static final String MARSAD = "Marsad";
  public static final String JSOUP = "jsoup parse (floor)";

  private BenchRun() {}

  /**
   * @param data the {@code shared/bench} folder
   * @param scratch where peers are installed and pages staged ({@code target/peers})
   * @param limit pages per set, 0 for all
   * @param pages where to write Marsad's per-page scores (JSON lines), if anywhere
   * @param warmups untimed rounds before them, in which the JIT compiles both
   * @param rounds timed rounds of Marsad against the parse floor (the median round counts)
   * @param forks further JVMs that run the same race ({@link SpeedForks}); 0 for this one only
   */
  public record Options(
      Path data,
      Path scratch,
      boolean peers,
      int limit,
      Optional<Path> pages,
      int warmups,
      int rounds,
      int forks) {}

  /**
   * A run's figures: every system's (Marsad's first, then the floor's and the peers'), and each
   * JVM's race of Marsad against the floor (the main JVM first, then the forks).
   */
  public record Result(List<SystemResult> systems, List<RaceJvm> speedJvms) {

    public Result {
      systems = List.copyOf(systems);
      speedJvms = List.copyOf(speedJvms);
    }
  }

  /** Runs everything. */
  public static Result run(Options o, PrintWriter log) throws IOException {
    Workload w = Workload.load(o.data(), o.limit());
    List<BenchPage> pages = w.allPages();
    log.printf(
        Locale.ROOT,
        "bench: %d pages (zyte %d, trafilatura %d, htmldate %d, fundus %d)%n",
        pages.size(),
        w.zyte().size(),
        w.trafilatura().size(),
        w.htmldate().size(),
        w.fundus().size());
    Result raced = marsadAndFloor(w, o, log);
    List<SystemResult> results = new ArrayList<>(raced.systems());
    if (o.peers()) {
      Path tools =
          o.data().toAbsolutePath().normalize().getParent().resolve("tools").resolve("peers");
      Optional<Peer> js = Peer.readabilityJs(tools, o.scratch(), log);
      Optional<Peer> lxml = Peer.readabilityLxml(tools, o.scratch(), log);
      for (Peer peer : List.of(js, lxml).stream().flatMap(Optional::stream).toList()) {
        peer(peer, w, o.scratch(), log).ifPresent(results::add);
      }
    }
    log.printf(
        Locale.ROOT,
        "bench: load average %.1f on %d cores at the end (speeds are only comparable within one run)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return new Result(results, raced.speedJvms());
  }

  /** Marsad's predictions from one pass without warm-up, for the quality gate. */
  public static SystemResult quality(Workload w) {
    Harness.Timed t = Harness.once(w.allPages(), new MarsadPages());
    return Scorer.score(
        MARSAD, w, t.predictions(), true, OptionalDouble.of(t.pagesPerSecond()), t.errors());
  }

  /** Marsad raced against the bare parse on the same pages ({@link Harness#race}). */
  private static Result marsadAndFloor(Workload w, Options o, PrintWriter log) throws IOException {
    progress(
        log,
        "Marsad and the jsoup parse, page by page in turn: "
            + o.warmups()
            + " warm-up round(s), then "
            + o.rounds()
            + " timed round(s)");
    int n = w.allPages().size();
    Harness.Race race =
        Harness.race(w.allPages(), new MarsadPages(), new JsoupParse(), o.warmups(), o.rounds());
    for (int r = 0; r < race.nanos().size(); r++) {
      long own = race.nanos().get(r);
      long floor = race.floorNanos().get(r);
      log.printf(
          Locale.ROOT,
          "bench: round %d: Marsad %.1f pages/s, jsoup parse %.1f pages/s (× %.3f)%n",
          r + 1,
          pagesPerSecond(n, own),
          pagesPerSecond(n, floor),
          (double) floor / own);
    }
    if (o.pages().isPresent()) {
      PageReport.write(o.pages().get(), w, race.predictions());
      log.println("bench: per-page scores written to " + o.pages().get());
    }
    if (race.errors() > 0) {
      log.printf(
          Locale.ROOT,
          "bench: Marsad: %d pages unreadable or threw (scored as empty)%n",
          race.errors());
    }
    List<RaceJvm> jvms = new ArrayList<>(List.of(new RaceJvm(race.nanos(), race.floorNanos())));
    List<RaceJvm> forks = SpeedForks.run(o, log);
    for (int i = 0; i < forks.size(); i++) {
      log.println(SpeedForks.describe(i + 1, forks.get(i), n));
    }
    jvms.addAll(forks);
    log.println(SpeedForks.summary(jvms));
    long own = SpeedForks.medianOfMedians(jvms, RaceJvm::medianNanos);
    long floor = SpeedForks.medianOfMedians(jvms, RaceJvm::floorMedianNanos);
    return new Result(
        List.of(
            Scorer.score(
                MARSAD,
                w,
                race.predictions(),
                true,
                OptionalDouble.of(pagesPerSecond(n, own)),
                race.errors()),
            floor(n, floor, race.floorErrors())),
        jvms);
  }

  private static SystemResult floor(int pages, long nanos, int errors) {
    return new SystemResult(
        JSOUP,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.of(pagesPerSecond(pages, nanos)),
        pages,
        errors);
  }

  static double pagesPerSecond(int pages, long nanos) {
    return nanos == 0 ? 0 : pages / (nanos / 1e9);
  }

  private static Optional<SystemResult> peer(Peer peer, Workload w, Path scratch, PrintWriter log)
      throws IOException {
    Optional<PeerRunner.PeerRun> run = PeerRunner.run(peer, w, scratch, log);
    run.filter(r -> r.emptyPages() > 0)
        .ifPresent(
            r ->
                log.printf(
                    Locale.ROOT,
                    "bench: %s returned no text for %d pages%n",
                    peer.name(),
                    r.emptyPages()));
    return run.map(
        r ->
            Scorer.score(
                peer.name(), w, r.predictions(), false, OptionalDouble.of(r.pagesPerSecond()), 0));
  }

  private static void progress(PrintWriter log, String message) {
    log.println("bench: " + message + " ...");
    log.flush();
  }

  /** Speed of a named result, when present and measured. */
  static OptionalDouble speedOf(List<SystemResult> results, String name) {
    return results.stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .map(SystemResult::pagesPerSecond)
        .orElse(OptionalDouble.empty());
  }
}
