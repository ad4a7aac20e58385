package org.marsad.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port of the Zyte article-extraction-benchmark metric: 4-token shingle multisets per page, counts
 * normalised so every page weighs the same, precision and recall averaged over pages.
 */
public final class ZyteMetric {

  /**
   * Python's {@code \w+} with the UNICODE flag, minus nothing that matters here: letters, digits,
   * underscore.
   */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private static final int SHINGLE = 4;

  private ZyteMetric() {}

  /** One page's tp, fp, fn divided by their sum (all 0 when both texts have no token). */
  public record PageCounts(double tp, double fp, double fn) {}

  /** Scores one page: {@code truth} is the labelled body, {@code predicted} the extractor's. */
  public static PageCounts score(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    Set<String> union = new HashSet<>(t.keySet());
    union.addAll(p.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String key : union) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new PageCounts(0, 0, 0) : new PageCounts(tp / sum, fp / sum, fn / sum);
  }

  /** Mean page precision over pages with tp+fp &gt; 0, mean recall over pages with tp+fn &gt; 0. */
  public static Prf aggregate(List<PageCounts> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (PageCounts c : pages) {
      if (c.tp() + c.fp() > 0) {
        precisionSum += ratio(c.tp(), c.fp(), c.fn());
        precisionPages++;
      }
      if (c.tp() + c.fn() > 0) {
        recallSum += ratio(c.tp(), c.fn(), c.fp());
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    return Prf.of(precision, recall, pages.size());
  }

  /** tp/(tp+wrong); 1 when nothing is wrong either way, 0 when there is neither tp nor wrong. */
  private static double ratio(double tp, double wrong, double other) {
    if (wrong == 0 && other == 0) {
      return 1;
    }
    if (tp == 0 && wrong == 0) {
      return 0;
    }
    return tp / (tp + wrong);
  }

  /** Multiset of shingles; a text of 1–3 tokens is one shingle, a text of none has none. */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < last && !tokens.isEmpty(); i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  static List<String> tokens(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Matcher m = TOKEN.matcher(text);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
