package org.marsad.cli.crawlbench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Every 100 ms: heap in use (its maximum is the peak heap) and the ingest counter (its slope over
 * the middle of the ingest phase is the sustained rate).
 */
final class Sampler implements AutoCloseable {

  static final long PERIOD_MS = 100;

  /** One reading of the counter. */
  record Sample(long nanoTime, long count) {}

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final LongSupplier counter;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private long peakHeap;

  Sampler(LongSupplier counter) {
    this.counter = counter;
    this.thread = new Thread(this::loop, "crawlbench-sampler");
    this.thread.setDaemon(true);
    sample();
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
      sample();
    }
  }

  private synchronized void sample() {
    peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
    samples.add(new Sample(System.nanoTime(), counter.getAsLong()));
  }

  synchronized long peakHeap() {
    return peakHeap;
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }

  /**
   * Items per second between 10 % and 90 % of [start, end] (time-wise), the counter interpolated
   * linearly between samples; 0 when the window is empty.
   */
  static double sustainedRate(List<Sample> samples, long start, long end) {
    if (end <= start || samples.isEmpty()) {
      return 0;
    }
    long from = start + (end - start) / 10;
    long to = end - (end - start) / 10;
    return (countAt(samples, to) - countAt(samples, from)) / ((to - from) / 1e9);
  }

  static double countAt(List<Sample> samples, long t) {
    Sample before = samples.get(0);
    for (Sample s : samples) {
      if (s.nanoTime() >= t) {
        if (s.nanoTime() == before.nanoTime()) {
          return s.count();
        }
        double f = (double) (t - before.nanoTime()) / (s.nanoTime() - before.nanoTime());
        return before.count() + f * (s.count() - before.count());
      }
      before = s;
    }
    return before.count();
  }
}
