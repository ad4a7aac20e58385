package org.marsad.enrich;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The window of recent articles that dedupe and story clustering compare against, with an
 * inverted index from story term to articles so that a new article is compared only with the
 * articles sharing words with it, not with the whole window. Older articles fall out, which
 * bounds memory and keeps a recurring topic (weekly briefings, match reports) from collapsing into
 * one endless story. Thread-safe.
 */
final class StoryMemory {

  /** Terms in more recent articles than this say nothing about the story; skip their postings. */
  private static final int MAX_POSTINGS = 2_000;

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

  /** A recent article of the same outlet whose text is nearly the same. */
  synchronized Optional<RecentArticle> findNearDuplicate(
      String sourceKey, long simhash, Set<String> terms, int maxBits) {
    return candidates(terms).keySet().stream()
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
    for (Map.Entry<RecentArticle, Integer> c : candidates(terms).entrySet()) {
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

  /** Articles sharing at least one informative term, with the number of terms shared. */
  private Map<RecentArticle, Integer> candidates(Set<String> terms) {
    Map<RecentArticle, Integer> shared = new HashMap<>();
    for (String term : terms) {
      Deque<RecentArticle> list = postings.get(term);
      if (list != null && list.size() <= MAX_POSTINGS) {
        list.forEach(r -> shared.merge(r, 1, Integer::sum));
      }
    }
    return shared;
  }

  synchronized int size() {
    return recent.size();
  }

  private void evictBefore(Instant cutoff) {
    // Articles arrive roughly in time order; the cutoff keeps twice the window so that a late,
    // older article still finds its story. An out-of-order old one only delays eviction.
    while (!recent.isEmpty() && recent.peekFirst().published().isBefore(cutoff)) {
      RecentArticle gone = recent.removeFirst();
      for (String term : gone.storyTerms()) {
        Deque<RecentArticle> list = postings.get(term);
        if (list != null) {
          list.remove(gone);
          if (list.isEmpty()) {
            postings.remove(term);
          }
        }
      }
    }
  }
}
