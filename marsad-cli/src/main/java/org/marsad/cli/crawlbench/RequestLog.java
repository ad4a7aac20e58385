package org.marsad.cli.crawlbench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the simulated web saw, recorded on its selector thread: requests per host and the shortest
 * gap between two requests to the same host, the server-side proof that the crawler was polite.
 * Written by one thread only; read it after {@link SimulatedWeb#close()}, which joins that thread.
 */
final class RequestLog {

  private final long[] lastArrival;
  private final int[] requestsPerHost;
  private long requests;
  private long minGapNanos = Long.MAX_VALUE;
  private int minGapHost = -1;

  RequestLog(int hosts) {
    lastArrival = new long[hosts];
    requestsPerHost = new int[hosts];
  }

  void arrived(int host, long nanoTime) {
    if (requestsPerHost[host] > 0) {
      long gap = nanoTime - lastArrival[host];
      if (gap < minGapNanos) {
        minGapNanos = gap;
        minGapHost = host;
      }
    }
    lastArrival[host] = nanoTime;
    requestsPerHost[host]++;
    requests++;
  }

  long requests() {
    return requests;
  }

  /** Hosts that got at least one request. */
  long hostsVisited() {
    return Arrays.stream(requestsPerHost).filter(n -> n > 0).count();
  }

  /** The shortest gap between two requests to one host; empty when no host got two. */
  Optional<Duration> minGap() {
    return minGapHost < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(minGapNanos));
  }

  Optional<Integer> minGapHost() {
    return minGapHost < 0 ? Optional.empty() : Optional.of(minGapHost);
  }
}
