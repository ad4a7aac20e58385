package org.marsad.app;

import java.time.Instant;
import java.util.Optional;
import org.marsad.crawl.FetchOutcome;
import org.marsad.store.CrawlRecords.FetchLogEntry;
import org.marsad.store.Store;

/** Names fetch outcomes for the fetch log, and writes log lines without failing the work. */
final class Outcomes {

  private Outcomes() {}

  static FetchLogEntry logEntry(
      Instant at, String sourceKey, FetchOutcome o, Optional<String> extra) {
    String outcome;
    Optional<Integer> status = Optional.empty();
    Optional<String> detail = Optional.empty();
    if (o instanceof FetchOutcome.Fetched f) {
      outcome = f.redirectChain().isEmpty() ? "fetched" : "redirected";
      status = Optional.of(f.status());
      detail = f.redirectChain().isEmpty() ? Optional.empty() : Optional.of("→ " + f.finalUrl());
    } else if (o instanceof FetchOutcome.NotModified) {
      outcome = "not-modified";
      status = Optional.of(304);
    } else if (o instanceof FetchOutcome.RateLimited r) {
      outcome = "rate-limited";
      status = Optional.of(r.status());
      detail = Optional.of("retry after " + r.retryAfter().toSeconds() + "s");
    } else if (o instanceof FetchOutcome.Gone g) {
      outcome = "gone";
      status = Optional.of(g.status());
    } else if (o instanceof FetchOutcome.Refused r) {
      outcome = "refused";
      detail = Optional.of(r.reason());
    } else {
      FetchOutcome.Failed f = (FetchOutcome.Failed) o;
      outcome = "failed";
      detail = Optional.of(f.reason());
    }
    Optional<String> all =
        extra.isPresent()
            ? Optional.of(detail.map(d -> d + "; ").orElse("") + extra.get())
            : detail;
    return new FetchLogEntry(at, Optional.of(sourceKey), o.url().toString(), outcome, status, all);
  }

  /** One line for the item's error column. */
  static String describe(FetchOutcome o) {
    FetchLogEntry e = logEntry(Instant.EPOCH, "", o, Optional.empty());
    return e.outcome()
        + e.status().map(s -> " " + s).orElse("")
        + e.detail().map(d -> ": " + d).orElse("");
  }

  /** Failure of a log write must not undo a recorded poll; the next cycle logs again. */
  static void logQuietly(Store store, FetchLogEntry e) {
    try {
      store.log(e);
    } catch (RuntimeException ex) {
      System.err.println("marsad: cannot write fetch log: " + ex.getMessage());
    }
  }
}
