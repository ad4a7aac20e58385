package org.marsad.app;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.marsad.crawl.Crawler;
import org.marsad.crawl.FetchOutcome;
import org.marsad.enrich.ArticleCandidate;
import org.marsad.enrich.EnrichOutcome;
import org.marsad.enrich.EnrichedArticle;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.RecentArticle;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.ExtractRequest;
import org.marsad.extract.ExtractResult;
import org.marsad.source.Countries;
import org.marsad.store.CrawlRecords.ItemState;
import org.marsad.store.CrawlRecords.PendingItem;
import org.marsad.store.SaveOutcome;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * Takes one announced item through fetch → extract → enrich → store. Fetching and extraction run in
 * parallel lanes; enrich + save run under one lock because dedupe and story clustering must see
 * every earlier article. Whatever happens to one item is recorded on that item only.
 */
final class ArticleIngest {

  private final Store store;
  private final Crawler crawler;
  private final ArticleExtractor extractor;
  private final Enricher enricher;
  private final int maxAttempts;
  private final Clock clock;
  private final Object enrichLock = new Object();

  ArticleIngest(
      Store store,
      Crawler crawler,
      ArticleExtractor extractor,
      Enricher enricher,
      int maxAttempts,
      Clock clock) {
    this.store = store;
    this.crawler = crawler;
    this.extractor = extractor;
    this.enricher = enricher;
    this.maxAttempts = maxAttempts;
    this.clock = clock;
  }

  void ingest(PendingItem item, CycleCounters counters) {
    try {
      FetchOutcome outcome = crawler.fetchPage(URI.create(item.url()));
      Outcomes.logQuietly(
          store, Outcomes.logEntry(clock.instant(), item.sourceKey(), outcome, Optional.empty()));
      if (outcome instanceof FetchOutcome.Fetched page) {
        handlePage(item, page, counters);
      } else {
        handleFailure(item, outcome, counters);
      }
    } catch (StoreException e) {
      // Disk full, locked database ...: the item stays pending (its transaction rolled back) and
      // is retried next cycle, so nothing accepted is lost.
      counters.retryLater.incrementAndGet();
      System.err.println("marsad: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug on one item: record it there and go on with the others.
      counters.itemsFailed.incrementAndGet();
      System.err.println("marsad: item " + item.url() + " failed: " + e.getMessage());
      markQuietly(item, ItemState.FAILED, "internal error: " + e.getMessage());
    }
  }

  private void handlePage(PendingItem item, FetchOutcome.Fetched page, CycleCounters counters) {
    ExtractResult result =
        extractor.extract(
            new ExtractRequest(
                page.body(),
                page.finalUrl().toString(),
                page.contentType(),
                Countries.zoneOf(item.sourceCountry())));
    if (result instanceof ExtractResult.Extracted ok) {
      ArticleCandidate candidate =
          new ArticleCandidate(
              item.sourceKey(),
              item.identity(),
              item.title(),
              item.summary(),
              item.published(),
              item.categories(),
              ok.article(),
              clock.instant());
      enrichAndSave(item, candidate, counters);
    } else if (result instanceof ExtractResult.NotAnArticle not) {
      counters.notArticles.incrementAndGet();
      store.markItem(
          item.itemId(), ItemState.NOT_ARTICLE, Optional.of(not.kind() + ": " + not.reason()));
    } else {
      counters.itemsFailed.incrementAndGet();
      store.markItem(
          item.itemId(),
          ItemState.FAILED,
          Optional.of("extraction: " + ((ExtractResult.Failed) result).reason()));
    }
  }

  private void enrichAndSave(PendingItem item, ArticleCandidate candidate, CycleCounters counters) {
    Optional<Long> saved = enrichAndSaveLocked(item, candidate, counters);
    // Indexing analyses the whole text: done outside the lock, in this lane's thread.
    saved.ifPresent(store::index);
  }

  /** Enrich + save under the lock; returns the new article's id when one was stored. */
  private Optional<Long> enrichAndSaveLocked(
      PendingItem item, ArticleCandidate candidate, CycleCounters counters) {
    synchronized (enrichLock) {
      EnrichOutcome outcome = enricher.enrich(candidate);
      if (outcome instanceof EnrichOutcome.Duplicate dup) {
        counters.duplicates.incrementAndGet();
        store.markItem(item.itemId(), ItemState.DUPLICATE, Optional.of(dup.reason()));
        return Optional.empty();
      }
      EnrichedArticle article = ((EnrichOutcome.Accepted) outcome).article();
      SaveOutcome saved = store.save(article, Optional.of(item.itemId()));
      if (!(saved instanceof SaveOutcome.Saved s)) {
        counters.duplicates.incrementAndGet();
        return Optional.empty();
      }
      counters.saved.incrementAndGet();
      enricher.remember(
          new RecentArticle(
              s.articleId(),
              s.storyId(),
              candidate.sourceKey(),
              article.simhash(),
              article.storyTerms(),
              article.published().toInstant()));
      return Optional.of(s.articleId());
    }
  }

  private void handleFailure(PendingItem item, FetchOutcome outcome, CycleCounters counters) {
    String why = Outcomes.describe(outcome);
    boolean retryable =
        outcome instanceof FetchOutcome.RateLimited
            || (outcome instanceof FetchOutcome.Failed f && f.transientError());
    if (outcome instanceof FetchOutcome.Gone) {
      counters.itemsFailed.incrementAndGet();
      store.markItem(item.itemId(), ItemState.GONE, Optional.of(why));
    } else if (retryable && item.attempts() + 1 < maxAttempts) {
      counters.retryLater.incrementAndGet();
      store.markItem(item.itemId(), ItemState.PENDING, Optional.of(why));
    } else {
      counters.itemsFailed.incrementAndGet();
      store.markItem(item.itemId(), ItemState.FAILED, Optional.of(why));
    }
  }

  private void markQuietly(PendingItem item, ItemState state, String why) {
    try {
      store.markItem(item.itemId(), state, Optional.of(why));
    } catch (RuntimeException e) {
      System.err.println("marsad: cannot record failure of " + item.url() + ": " + e.getMessage());
    }
  }
}
