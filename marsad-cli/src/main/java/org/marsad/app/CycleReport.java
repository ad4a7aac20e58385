package org.marsad.app;

import java.time.Duration;
import java.util.Locale;

/**
 * What one crawl cycle did. Expected outcomes (not modified, duplicate, not an article) are counted
 * beside the failures, never hidden in them.
 */
public record CycleReport(
    int feedsDiscovered,
    int feedsPolled,
    int feedsNotModified,
    int feedsFailed,
    int newItems,
    int articlesSaved,
    int duplicates,
    int notArticles,
    int itemsFailed,
    int itemsRetryLater,
    Duration took) {

  public String summary() {
    return String.format(
        Locale.ROOT,
        "feeds discovered %d; feeds polled %d (not modified %d, failed %d); new items %d; articles saved %d, duplicates %d,"
            + " not articles %d, failed %d, to retry %d; took %.1fs",
        feedsDiscovered,
        feedsPolled,
        feedsNotModified,
        feedsFailed,
        newItems,
        articlesSaved,
        duplicates,
        notArticles,
        itemsFailed,
        itemsRetryLater,
        took.toMillis() / 1000.0);
  }
}
