package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.marsad.app.CycleReport;
import org.marsad.app.Marsad;
import org.marsad.app.Progress;

/**
 * Keeps a started Marsad running: a crawl cycle every {@code crawl.cycle} for the feeds that are
 * due, until the process is interrupted (Ctrl-C), then closes everything cleanly.
 */
final class Serving {

  private Serving() {}

  static void crawlUntilStopped(Marsad marsad, PrintWriter out, AutoCloseable... alsoClose) {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              closeAll(alsoClose);
              marsad.close();
            },
            "marsad-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Duration cycle = marsad.config().crawlCycle();
    try {
      while (!stopped.await(cycle.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        CycleReport r = marsad.crawlCycle().run(false, Progress.NONE);
        if (r.feedsPolled() > 0) {
          out.println("crawl: " + r.summary());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeAll(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        System.err.println("marsad: while stopping: " + e.getMessage());
      }
    }
  }
}
