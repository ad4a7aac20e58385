package org.marsad.app;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Counters shared by the threads of one crawl cycle. */
final class CycleCounters {

  final AtomicInteger feedsDiscovered = new AtomicInteger();
  final AtomicInteger feedsPolled = new AtomicInteger();
  final AtomicInteger feedsNotModified = new AtomicInteger();
  final AtomicInteger feedsFailed = new AtomicInteger();
  final AtomicInteger newItems = new AtomicInteger();
  final AtomicInteger saved = new AtomicInteger();
  final AtomicInteger duplicates = new AtomicInteger();
  final AtomicInteger notArticles = new AtomicInteger();
  final AtomicInteger itemsFailed = new AtomicInteger();
  final AtomicInteger retryLater = new AtomicInteger();

  CycleReport report(Duration took) {
    return new CycleReport(
        feedsDiscovered.get(),
        feedsPolled.get(),
        feedsNotModified.get(),
        feedsFailed.get(),
        newItems.get(),
        saved.get(),
        duplicates.get(),
        notArticles.get(),
        itemsFailed.get(),
        retryLater.get(),
        took);
  }
}
