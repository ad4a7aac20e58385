package org.marsad.enrich;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The window of recent articles that dedupe and story clustering compare against. Older articles
 * fall out, which bounds memory and keeps a recurring topic (weekly briefings, match reports) from
 * collapsing into one endless story. Thread-safe.
 */
final class StoryMemory {

  private final Duration window;
  private final Deque<RecentArticle> recent = new ArrayDeque<>();

  StoryMemory(Duration window) {
    this.window = window;
  }

  synchronized void remember(RecentArticle article) {
    recent.addLast(article);
  }

  /** A recent article of the same outlet whose text is nearly the same. */
  synchronized Optional<RecentArticle> findNearDuplicate(String sourceKey, long simhash, int maxBits) {
    return recent.stream()
        .filter(r -> r.sourceKey().equals(sourceKey))
        .filter(r -> Fingerprints.distance(r.simhash(), simhash) <= maxBits)
        .findFirst();
  }

  /** The recent article most similar to these fingerprints, when similar enough to be one story. */
  synchronized Optional<RecentArticle> findSameStory(
      long simhash, Set<String> terms, Instant published, StorySettings s) {
    evictBefore(published.minus(window.multipliedBy(2)));
    RecentArticle best = null;
    double bestScore = 0;
    for (RecentArticle r : recent) {
      if (Duration.between(r.published(), published).abs().compareTo(window) > 0) {
        continue;
      }
      double score =
          Fingerprints.distance(r.simhash(), simhash) <= s.syndicationBits()
              ? 1.0
              : jaccard(r.storyTerms(), terms);
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return bestScore >= s.minSimilarity() ? Optional.ofNullable(best) : Optional.empty();
  }

  synchronized int size() {
    return recent.size();
  }

  private void evictBefore(Instant cutoff) {
    // Articles arrive roughly in time order; the cutoff keeps twice the window so that a late,
    // older article still finds its story. An out-of-order old one only delays eviction.
    while (!recent.isEmpty() && recent.peekFirst().published().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }
}
