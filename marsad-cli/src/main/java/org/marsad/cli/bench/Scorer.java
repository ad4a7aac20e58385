package org.marsad.cli.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Scores one extractor's predictions on a workload with the four metrics. */
public final class Scorer {

  private Scorer() {}

  /**
   * @param metadata whether the extractor reports title, authors and date (the peers' runners do
   *     not)
   */
  public static SystemResult score(
      String name,
      Workload w,
      Map<BenchPage, Prediction> predictions,
      boolean metadata,
      OptionalDouble pagesPerSecond,
      int errors) {
    return new SystemResult(
        name,
        nonEmpty(w.zyte()).map(z -> zyte(z, predictions)),
        nonEmpty(w.trafilatura()).map(t -> trafilatura(t, predictions)),
        nonEmpty(w.htmldate())
            .filter(h -> metadata)
            .map(
                h ->
                    DateAccuracy.sum(
                        h.stream()
                            .map(l -> DateAccuracy.score(l.truth(), of(predictions, l).published()))
                            .toList())),
        nonEmpty(w.fundus())
            .filter(f -> metadata)
            .map(
                f ->
                    FundusAgreement.sum(
                        f.stream()
                            .map(l -> FundusAgreement.score(l.truth(), of(predictions, l)))
                            .toList())),
        nonEmpty(w.fundus())
            .map(
                f ->
                    ZyteMetric.aggregate(
                        f.stream()
                            .map(l -> ZyteMetric.score(l.truth().body(), of(predictions, l).text()))
                            .toList())),
        pagesPerSecond,
        w.allPages().size(),
        errors);
  }

  static Prf zyte(List<Labeled<String>> pages, Map<BenchPage, Prediction> predictions) {
    return ZyteMetric.aggregate(
        pages.stream().map(l -> ZyteMetric.score(l.truth(), of(predictions, l).text())).toList());
  }

  static Prf trafilatura(
      List<Labeled<TrafilaturaSegments>> pages, Map<BenchPage, Prediction> predictions) {
    return SegmentMetric.sum(
            pages.stream()
                .map(
                    l ->
                        SegmentMetric.score(
                            of(predictions, l).text(), l.truth().with(), l.truth().without()))
                .toList())
        .prf(pages.size());
  }

  /** A page the extractor has no prediction for counts as an empty prediction. */
  private static Prediction of(Map<BenchPage, Prediction> predictions, Labeled<?> l) {
    return predictions.getOrDefault(l.page(), Prediction.EMPTY);
  }

  private static <T> Optional<List<T>> nonEmpty(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list);
  }
}
