package org.marsad.cli.crawlbench;

import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.Progress;

/**
 * Counts the articles the crawl cycles take through fetch → extract → enrich → store, and when the
 * ingest ("articles") phases begin and end, for the sampler to turn into rates.
 */
final class IngestProgress implements Progress {

  private static final String INGEST = "articles";

  private final AtomicLong ingested = new AtomicLong();
  private volatile boolean inIngest;
  private volatile long firstBegin = -1;
  private volatile long lastEnd = -1;

  @Override
  public void begin(String phase, int total) {
    inIngest = phase.equals(INGEST);
    if (inIngest && firstBegin < 0) {
      firstBegin = System.nanoTime();
    }
  }

  @Override
  public void advance() {
    if (inIngest) {
      ingested.incrementAndGet();
    }
  }

  @Override
  public void end() {
    if (inIngest) {
      lastEnd = System.nanoTime();
    }
    inIngest = false;
  }

  long ingested() {
    return ingested.get();
  }

  /** System.nanoTime() of the first ingest phase's start, or -1 when none ran. */
  long firstBegin() {
    return firstBegin;
  }

  /** System.nanoTime() of the last ingest phase's end, or -1 when none ran. */
  long lastEnd() {
    return lastEnd;
  }
}
