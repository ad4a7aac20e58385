package org.marsad.enrich;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The window of recent articles that dedupe and story clustering compare against, with an inverted
 * index from story term to articles so that a new article is compared only with the articles
 * sharing words with it, not with the whole window. Older articles fall out, which bounds memory
 * and keeps a recurring topic (weekly briefings, match reports) from collapsing into one endless
 * story. Thread-safe.
 */
final class StoryMemory {

  /** Terms in more recent articles than this say nothing about the story; skip their postings. */
  private static final int MAX_POSTINGS = 500;

  private final Duration window;
  private final Deque<RecentArticle> recent = new ArrayDeque<>();
  private final Map<String, Deque<RecentArticle>> postings = new HashMap<>();

  StoryMemory(Duration window) {
    this.window = window;
  }

  synchronized void remember(RecentArticle article) {
    recent.addLast(article);
    for (String term : article.storyTerms()) {
      postings.computeIfAbsent(term, t -> new ArrayDeque<>()).addLast(article);
    }
  }

  /**
   * The recent articles sharing at least one informative term with {@code terms}, with the number
   * of terms shared. Computed once per new article and handed to both checks below.
   */
  synchronized Map<RecentArticle, Integer> candidates(Set<String> terms) {
    // Identity keys: a record's hashCode would hash its whole term set on every lookup.
    Map<RecentArticle, Integer> shared = new IdentityHashMap<>();
    for (String term : terms) {
      Deque<RecentArticle> list = postings.get(term);
      if (list != null && list.size() <= MAX_POSTINGS) {
        list.forEach(r -> shared.merge(r, 1, Integer::sum));
      }
    }
    return shared;
  }

  /** A candidate of the same outlet whose text is nearly the same. */
  static Optional<RecentArticle> findNearDuplicate(
      Map<RecentArticle, Integer> candidates, String sourceKey, long simhash, int maxBits) {
    return candidates.keySet().stream()
        .filter(r -> r.sourceKey().equals(sourceKey))
        .filter(r -> Fingerprints.distance(r.simhash(), simhash) <= maxBits)
        .findFirst();
  }

  /** The candidate most similar to these fingerprints, when similar enough to be one story. */
  Optional<RecentArticle> findSameStory(
      Map<RecentArticle, Integer> candidates,
      long simhash,
      Set<String> terms,
      Instant published,
      StorySettings s) {
    RecentArticle best = null;
    double bestScore = 0;
    for (Map.Entry<RecentArticle, Integer> c : candidates.entrySet()) {
      RecentArticle r = c.getKey();
      if (Duration.between(r.published(), published).abs().compareTo(window) > 0) {
        continue;
      }
      int shared = c.getValue();
      double score =
          Fingerprints.distance(r.simhash(), simhash) <= s.syndicationBits()
              ? 1.0
              : (double) shared / (r.storyTerms().size() + terms.size() - shared);
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return bestScore >= s.minSimilarity() ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Forgets articles published before {@code cutoff}. */
  synchronized void evictBefore(Instant cutoff) {
    // Articles arrive roughly in time order; the cutoff keeps twice the window so that a late,
    // older article still finds its story. An out-of-order old one only delays eviction.
    while (!recent.isEmpty() && recent.peekFirst().published().isBefore(cutoff)) {
      RecentArticle gone = recent.removeFirst();
      for (String term : gone.storyTerms()) {
        Deque<RecentArticle> list = postings.get(term);
        if (list != null) {
          list.removeIf(r -> r == gone);
          if (list.isEmpty()) {
            postings.remove(term);
          }
        }
      }
    }
  }
}
