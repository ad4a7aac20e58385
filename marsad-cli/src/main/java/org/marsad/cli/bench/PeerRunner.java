package org.marsad.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a {@link Peer} over every set of a workload. Each set's pages are staged as {@code
 * <n>.html.gz} links in a scratch folder: the runners name outputs by the file name up to its first
 * dot, which would merge trafilatura's dotted file names, and {@code --limit} needs a folder of
 * just the chosen pages.
 */
public final class PeerRunner {

  private static final Pattern SPEED = Pattern.compile("(\\d+) pages in ([0-9.]+) s");
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

  private PeerRunner() {}

  /** Predictions for every page, and the peer's own timing summed over the sets. */
  public record PeerRun(
      Map<BenchPage, Prediction> predictions, double seconds, int timedPages, int emptyPages) {

    public double pagesPerSecond() {
      return seconds == 0 ? 0 : timedPages / seconds;
    }
  }

  /** Empty, with a message, when the peer fails on any set (a partial result would mislead). */
  public static Optional<PeerRun> run(Peer peer, Workload w, Path scratch, PrintWriter log)
      throws IOException {
    Map<BenchPage, Prediction> predictions = new LinkedHashMap<>();
    PeerRun total = new PeerRun(predictions, 0, 0, 0);
    for (Workload.NamedSet set : w.sets()) {
      if (set.pages().isEmpty()) {
        continue;
      }
      Optional<PeerRun> one = runSet(peer, set, scratch, log);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      predictions.putAll(one.get().predictions());
      total =
          new PeerRun(
              predictions,
              total.seconds() + one.get().seconds(),
              total.timedPages() + one.get().timedPages(),
              total.emptyPages() + one.get().emptyPages());
    }
    return Optional.of(total);
  }

  private static Optional<PeerRun> runSet(
      Peer peer, Workload.NamedSet set, Path scratch, PrintWriter log) throws IOException {
    log.printf(
        Locale.ROOT,
        "bench: %s on %s (%d pages) ...%n",
        peer.name(),
        set.name(),
        set.pages().size());
    log.flush();
    Path pages = stage(scratch.resolve("pages").resolve(set.name()), set.pages());
    String logName = peer.name().toLowerCase(Locale.ROOT).replace('.', '-') + "-" + set.name();
    Path output = scratch.resolve(logName + ".json").toAbsolutePath();
    Files.deleteIfExists(output);
    List<String> command = new ArrayList<>(peer.command());
    command.add(pages.toAbsolutePath().toString());
    command.add(output.toString());
    Optional<Matcher> speed =
        Processes.run(command, peer.env(), scratch, logName, RUN_TIMEOUT)
            .map(SPEED::matcher)
            .filter(Matcher::find);
    if (speed.isEmpty() || !Files.isRegularFile(output)) {
      log.println(
          "bench: "
              + peer.name()
              + " failed on "
              + set.name()
              + " (see "
              + scratch.resolve(logName + ".err")
              + "); left out");
      return Optional.empty();
    }
    Map<BenchPage, Prediction> predictions = new LinkedHashMap<>();
    int empty = collect(BenchSets.readJson(output), set.pages(), predictions);
    return Optional.of(
        new PeerRun(
            predictions,
            Double.parseDouble(speed.get().group(2)),
            Integer.parseInt(speed.get().group(1)),
            empty));
  }

  /** Reads the runner's output back onto the pages; returns how many pages came back empty. */
  private static int collect(
      JsonNode out, List<BenchPage> pages, Map<BenchPage, Prediction> predictions) {
    int empty = 0;
    for (int i = 0; i < pages.size(); i++) {
      String body = out.path(Integer.toString(i)).path("articleBody").asText("");
      empty += body.isBlank() ? 1 : 0;
      predictions.put(pages.get(i), Prediction.bodyOnly(body));
    }
    return empty;
  }

  private static Path stage(Path dir, List<BenchPage> pages) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    for (int i = 0; i < pages.size(); i++) {
      Path link = dir.resolve(i + ".html.gz");
      Path target = pages.get(i).file().toAbsolutePath();
      try {
        Files.createSymbolicLink(link, target);
      } catch (UnsupportedOperationException | IOException noLinks) {
        Files.copy(target, link);
      }
    }
    return dir;
  }
}
