package org.marsad.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work grouped by host: one lane per host, lanes in parallel. The crawler already keeps one
 * connection per host; grouping here keeps threads from all queueing behind one slow host while
 * others sit idle.
 */
final class HostLanes {

  private HostLanes() {}

  static <T> void run(List<T> work, Function<T, URI> url, int threads, Consumer<T> task) {
    Map<String, List<T>> lanes = new LinkedHashMap<>();
    for (T t : work) {
      String host = String.valueOf(url.apply(t).getHost()).toLowerCase(Locale.ROOT);
      lanes.computeIfAbsent(host, h -> new ArrayList<>()).add(t);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, lanes.size())), HostLanes::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<T> lane : lanes.values()) {
        futures.add(pool.submit(() -> lane.forEach(task)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // Tasks catch their own failures per item; reaching here is a bug worth surfacing.
      throw new IllegalStateException("crawl lane failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "marsad-crawl");
    t.setDaemon(true);
    return t;
  }
}
