package org.marsad.extract.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction benchmark metric: F1 over multisets of 4-token shingles, each page
 * weighing the same (see ../shared/README.md).
 */
final class ShingleMetric {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** Precision, recall and F1 over a set of pages. */
  record Score(double precision, double recall, double f1, int pages) {}

  private final List<Double> precisions = new ArrayList<>();
  private final List<Double> recalls = new ArrayList<>();
  private int pages;

  void add(String expected, String predicted) {
    Map<String, Integer> truth = shingles(expected);
    Map<String, Integer> pred = shingles(predicted);
    Set<String> union = new HashSet<>(truth.keySet());
    union.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String s : union) {
      int t = truth.getOrDefault(s, 0);
      int p = pred.getOrDefault(s, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    pages++;
    if (tp + fp > 0) {
      precisions.add(tp / (tp + fp));
    }
    if (tp + fn > 0) {
      recalls.add(tp / (tp + fn));
    }
  }

  Score score() {
    double p = mean(precisions);
    double r = mean(recalls);
    return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pages);
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < N) {
      out.put(String.join("\u0001", tokens), 1);
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(String.join("\u0001", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }
}
