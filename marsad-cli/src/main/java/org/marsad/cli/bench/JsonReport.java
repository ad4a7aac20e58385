package org.marsad.cli.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/** The machine-readable form of a run: every count behind every figure of the table. */
public final class JsonReport {

  private JsonReport() {}

  public static ObjectNode toJson(BenchRun.Options o, BenchRun.Result run) {
    List<SystemResult> results = run.systems();
    ObjectNode root = BenchSets.JSON.createObjectNode();
    root.put("data", o.data().toAbsolutePath().normalize().toString());
    root.put("limit", o.limit());
    root.put("speed_warmup_rounds", o.warmups());
    root.put("speed_rounds", o.rounds());
    root.put("speed_forks", o.forks());
    // The machine is shared: the load at the end tells a reader how much to trust the speeds.
    root.put(
        "load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    root.put("cores", Runtime.getRuntime().availableProcessors());
    OptionalDouble readability = BenchRun.speedOf(results, Peer.READABILITY_JS);
    OptionalDouble jsoup = BenchRun.speedOf(results, BenchRun.JSOUP);
    var systems = root.putArray("systems");
    for (SystemResult r : results) {
      ObjectNode s =
          systems
              .addObject()
              .put("name", r.name())
              .put("pages", r.pages())
              .put("errors", r.errors());
      r.zyte().ifPresent(p -> prf(s.putObject("zyte"), p));
      r.trafilatura().ifPresent(p -> prf(s.putObject("trafilatura"), p));
      r.dates().ifPresent(d -> dates(s.putObject("htmldate"), d));
      r.fundus().ifPresent(f -> fundus(s.putObject("fundus"), f));
      r.fundusBody().ifPresent(p -> prf(s.putObject("fundus_body"), p));
      r.pagesPerSecond().ifPresent(v -> s.put("pages_per_second", v));
      ratio(r.pagesPerSecond(), readability).ifPresent(v -> s.put("ratio_vs_readability_js", v));
      ratio(r.pagesPerSecond(), jsoup).ifPresent(v -> s.put("ratio_vs_jsoup_parse", v));
    }
    speedJvms(root, run.speedJvms(), results.isEmpty() ? 0 : results.get(0).pages());
    return root;
  }

  /**
   * Each JVM's race (main first): its median rounds' speeds and their ratio, and its rounds; then
   * the lowest ratio, the JVM furthest from the parse floor.
   */
  private static void speedJvms(ObjectNode root, List<RaceJvm> jvms, int pages) {
    var list = root.putArray("speed_jvms");
    for (RaceJvm jvm : jvms) {
      ObjectNode j =
          list.addObject()
              .put("marsad_pages_per_second", BenchRun.pagesPerSecond(pages, jvm.medianNanos()))
              .put(
                  "jsoup_parse_pages_per_second",
                  BenchRun.pagesPerSecond(pages, jvm.floorMedianNanos()))
              .put("ratio_vs_jsoup_parse", jvm.ratio());
      var rounds = j.putArray("rounds");
      for (int r = 0; r < jvm.nanos().size(); r++) {
        rounds
            .addObject()
            .put("marsad_pages_per_second", BenchRun.pagesPerSecond(pages, jvm.nanos().get(r)))
            .put(
                "jsoup_parse_pages_per_second",
                BenchRun.pagesPerSecond(pages, jvm.floorNanos().get(r)));
      }
    }
    jvms.stream()
        .mapToDouble(RaceJvm::ratio)
        .min()
        .ifPresent(v -> root.put("ratio_vs_jsoup_parse_lowest_jvm", v));
  }

  public static void write(Path file, ObjectNode json) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(
        file,
        BenchSets.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
        StandardCharsets.UTF_8);
  }

  private static void prf(ObjectNode n, Prf p) {
    n.put("f1", p.f1())
        .put("precision", p.precision())
        .put("recall", p.recall())
        .put("pages", p.pages());
  }

  private static void dates(ObjectNode n, DateAccuracy.Counts d) {
    n.put("accuracy", d.accuracy())
        .put("f1", d.prf().f1())
        .put("tp", d.tp())
        .put("fp", d.fp())
        .put("fn", d.fn())
        .put("tn", d.tn());
  }

  private static void fundus(ObjectNode n, FundusAgreement.Counts f) {
    field(n.putObject("title"), f.title());
    field(n.putObject("authors"), f.authors());
    field(n.putObject("publishing_date"), f.published());
  }

  private static void field(ObjectNode n, FundusAgreement.Field f) {
    n.put("agreement", f.share()).put("agreed", f.agreed()).put("compared", f.compared());
  }

  private static OptionalDouble ratio(OptionalDouble speed, OptionalDouble reference) {
    if (speed.isEmpty() || reference.isEmpty() || reference.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(speed.getAsDouble() / reference.getAsDouble());
  }
}
