package org.marsad.app;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work grouped by host: one lane per host, at most one thread in a lane at a time (the crawler
 * keeps one connection per host), and lanes interleaved round-robin. A thread does one item of a
 * lane and then puts the lane at the back of the queue, so with many hosts a lane comes round again
 * only after the others had their turn: by then the host's politeness gap has usually passed, and
 * threads fetch instead of sleeping in it. Running each lane to its end on one thread would cap
 * throughput at one item per thread per politeness gap.
 */
final class HostLanes {

  private HostLanes() {}

  static <T> void run(List<T> work, Function<T, URI> url, int threads, Consumer<T> task) {
    Map<String, Queue<T>> lanes = new LinkedHashMap<>();
    for (T t : work) {
      String host = String.valueOf(url.apply(t).getHost()).toLowerCase(Locale.ROOT);
      lanes.computeIfAbsent(host, h -> new ArrayDeque<>()).add(t);
    }
    if (lanes.isEmpty()) {
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, lanes.size())), HostLanes::daemon);
    Turns<T> turns = new Turns<>(pool, task, lanes.size());
    try {
      lanes.values().forEach(turns::submit);
      turns.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Lane turns on the pool's FIFO queue; counts lanes down as they run dry or fail. */
  private static final class Turns<T> {
    private final ExecutorService pool;
    private final Consumer<T> task;
    private final CountDownLatch lanesLeft;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Turns(ExecutorService pool, Consumer<T> task, int lanes) {
      this.pool = pool;
      this.task = task;
      this.lanesLeft = new CountDownLatch(lanes);
    }

    /**
     * Queues the lane's next item; a lane is only ever queued once, so it has one thread at most.
     */
    void submit(Queue<T> lane) {
      pool.execute(() -> turn(lane));
    }

    private void turn(Queue<T> lane) {
      try {
        task.accept(lane.poll());
      } catch (RuntimeException | Error e) {
        // Tasks catch their own failures per item; reaching here is a bug worth surfacing.
        failure.compareAndSet(null, e);
        lane.clear();
      }
      if (lane.isEmpty() || failure.get() != null) {
        lanesLeft.countDown();
      } else {
        submit(lane);
      }
    }

    void await() throws InterruptedException {
      lanesLeft.await();
      Throwable e = failure.get();
      if (e != null) {
        throw new IllegalStateException("crawl lane failed", e);
      }
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "marsad-crawl");
    t.setDaemon(true);
    return t;
  }
}
