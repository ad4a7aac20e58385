package org.marsad.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Prints a run as one Markdown table (ready for docs/benchmarks.md); "—" marks a figure not
 * measured.
 */
public final class TablePrinter {

  static final String NA = "—";
  private static final List<String> HEADER =
      List.of(
          "Extractor",
          "Zyte F1",
          "Zyte P",
          "Zyte R",
          "trafilatura F1",
          "trafilatura P",
          "trafilatura R",
          "htmldate date acc.",
          "Fundus title",
          "Fundus authors",
          "Fundus date",
          "Fundus body F1",
          "pages/s (1 core)",
          "× Readability.js",
          "× jsoup parse");

  private TablePrinter() {}

  public static String table(List<SystemResult> results) {
    OptionalDouble readability = BenchRun.speedOf(results, Peer.READABILITY_JS);
    OptionalDouble jsoup = BenchRun.speedOf(results, BenchRun.JSOUP);
    List<List<String>> rows = new ArrayList<>();
    for (SystemResult r : results) {
      rows.add(row(r, readability, jsoup));
    }
    StringBuilder out = new StringBuilder();
    out.append(line(HEADER));
    out.append(line(HEADER.stream().map(h -> h.equals("Extractor") ? "---" : "---:").toList()));
    rows.forEach(r -> out.append(line(r)));
    return out.toString();
  }

  private static List<String> row(
      SystemResult r, OptionalDouble readability, OptionalDouble jsoup) {
    List<String> cells = new ArrayList<>();
    cells.add(r.name());
    cells.addAll(prf(r.zyte()));
    cells.addAll(prf(r.trafilatura()));
    cells.add(fmt(r.dates(), d -> d.accuracy()));
    cells.add(fmt(r.fundus(), f -> f.title().share()));
    cells.add(fmt(r.fundus(), f -> f.authors().share()));
    cells.add(fmt(r.fundus(), f -> f.published().share()));
    cells.add(fmt(r.fundusBody(), Prf::f1));
    cells.add(
        r.pagesPerSecond().isPresent()
            ? String.format(Locale.ROOT, "%.1f", r.pagesPerSecond().getAsDouble())
            : NA);
    cells.add(ratio(r.pagesPerSecond(), readability));
    cells.add(ratio(r.pagesPerSecond(), jsoup));
    return cells;
  }

  private static List<String> prf(Optional<Prf> p) {
    return List.of(fmt(p, Prf::f1), fmt(p, Prf::precision), fmt(p, Prf::recall));
  }

  static <T> String fmt(Optional<T> value, Function<T, Double> figure) {
    return value.map(v -> String.format(Locale.ROOT, "%.3f", figure.apply(v))).orElse(NA);
  }

  static String ratio(OptionalDouble speed, OptionalDouble reference) {
    if (speed.isEmpty() || reference.isEmpty() || reference.getAsDouble() == 0) {
      return NA;
    }
    double ratio = speed.getAsDouble() / reference.getAsDouble();
    // Small ratios keep a third decimal, so a slow peer against the parse floor is not "0.00×".
    return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f×" : "%.2f×", ratio);
  }

  private static String line(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
