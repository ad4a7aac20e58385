package org.marsad.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The four labelled sets of one run. */
public record Workload(
    List<Labeled<String>> zyte,
    List<Labeled<TrafilaturaSegments>> trafilatura,
    List<Labeled<Optional<LocalDate>>> htmldate,
    List<Labeled<FundusAgreement.Expected>> fundus) {

  /** Loads every set from {@code data}; {@code limit} pages per set, 0 for all. */
  public static Workload load(Path data, int limit) throws IOException {
    return new Workload(
        BenchSets.zyte(data, limit),
        BenchSets.trafilatura(data, limit),
        BenchSets.htmldate(data, limit),
        BenchSets.fundus(data, limit));
  }

  /** A workload without the sets not named, for shorter runs such as the quality gate. */
  public Workload only(boolean withTrafilatura, boolean withFundus) {
    return new Workload(
        zyte, withTrafilatura ? trafilatura : List.of(), htmldate, withFundus ? fundus : List.of());
  }

  /** Every page, set after set (one page may appear twice when two labels share a file). */
  public List<BenchPage> allPages() {
    List<BenchPage> all = new ArrayList<>();
    zyte.forEach(l -> all.add(l.page()));
    trafilatura.forEach(l -> all.add(l.page()));
    htmldate.forEach(l -> all.add(l.page()));
    fundus.forEach(l -> all.add(l.page()));
    return all;
  }

  /** The sets by name, for the peers which run one folder per set. */
  public List<NamedSet> sets() {
    return List.of(
        named("zyte", zyte),
        named("trafilatura", trafilatura),
        named("htmldate", htmldate),
        named("fundus", fundus));
  }

  /** A set's name and pages. */
  public record NamedSet(String name, List<BenchPage> pages) {}

  private static NamedSet named(String name, List<? extends Labeled<?>> labeled) {
    return new NamedSet(name, labeled.stream().<BenchPage>map(Labeled::page).toList());
  }
}
