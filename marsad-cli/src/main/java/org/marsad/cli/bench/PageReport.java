package org.marsad.cli.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marsad's score on every page, one JSON line each ({@code set}, {@code id}, {@code file} and the
 * set's own fields), so that a change can be traced to the pages it won or lost.
 */
public final class PageReport {

  private PageReport() {}

  public static void write(Path out, Workload w, Map<BenchPage, Prediction> predictions)
      throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Labeled<String> l : w.zyte()) {
        line(writer, zyte(l, of(predictions, l)));
      }
      for (Labeled<TrafilaturaSegments> l : w.trafilatura()) {
        line(writer, trafilatura(l, of(predictions, l)));
      }
      for (Labeled<Optional<java.time.LocalDate>> l : w.htmldate()) {
        line(writer, htmldate(l, of(predictions, l)));
      }
      for (Labeled<FundusAgreement.Expected> l : w.fundus()) {
        line(writer, fundus(l, of(predictions, l)));
      }
    }
  }

  private static ObjectNode zyte(Labeled<String> l, Prediction p) {
    ZyteMetric.PageCounts c = ZyteMetric.score(l.truth(), p.text());
    return start("zyte", l).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
  }

  private static ObjectNode trafilatura(Labeled<TrafilaturaSegments> l, Prediction p) {
    String text = Whitespace.normalise(p.text());
    ObjectNode n = start("trafilatura", l);
    ArrayNode missed = n.putArray("with_missed");
    l.truth().with().stream().filter(s -> !text.contains(s)).forEach(missed::add);
    ArrayNode kept = n.putArray("without_kept");
    l.truth().without().stream().filter(text::contains).forEach(kept::add);
    return n.put("with", l.truth().with().size()).put("without", l.truth().without().size());
  }

  private static ObjectNode htmldate(Labeled<Optional<java.time.LocalDate>> l, Prediction p) {
    DateAccuracy.Counts c = DateAccuracy.score(l.truth(), p.published());
    ObjectNode n = start("htmldate", l);
    n.put("expected", l.truth().map(Object::toString).orElse(null));
    n.put("predicted", p.published().map(OffsetDateTime::toString).orElse(null));
    return n.put("right", c.tp() + c.tn() == 1);
  }

  private static ObjectNode fundus(Labeled<FundusAgreement.Expected> l, Prediction p) {
    FundusAgreement.Counts c = FundusAgreement.score(l.truth(), p);
    ObjectNode n = start("fundus", l);
    field(n, "title", c.title(), l.truth().title().orElse(null), p.title().orElse(null));
    field(
        n,
        "authors",
        c.authors(),
        l.truth().authors().map(List::toString).orElse(null),
        p.authors().toString());
    field(
        n,
        "date",
        c.published(),
        l.truth()
            .published()
            .map(d -> d.local() + d.offset().map(Object::toString).orElse(""))
            .orElse(null),
        p.published().map(OffsetDateTime::toString).orElse(null));
    ZyteMetric.PageCounts body = ZyteMetric.score(l.truth().body(), p.text());
    return n.put("body_tp", body.tp()).put("body_fp", body.fp()).put("body_fn", body.fn());
  }

  private static void field(
      ObjectNode n, String name, FundusAgreement.Field f, String expected, String predicted) {
    if (f.compared() == 0) {
      return;
    }
    n.putObject(name)
        .put("agreed", f.agreed() == 1)
        .put("expected", expected)
        .put("predicted", predicted);
  }

  private static ObjectNode start(String set, Labeled<?> l) {
    ObjectNode n = BenchSets.JSON.createObjectNode();
    return n.put("set", set)
        .put("id", l.page().id())
        .put("file", l.page().file().toString())
        .put("url", l.page().url());
  }

  private static void line(BufferedWriter writer, ObjectNode n) throws IOException {
    writer.write(BenchSets.JSON.writeValueAsString(n));
    writer.newLine();
  }

  private static Prediction of(Map<BenchPage, Prediction> predictions, Labeled<?> l) {
    return predictions.getOrDefault(l.page(), Prediction.EMPTY);
  }
}
