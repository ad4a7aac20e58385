package org.marsad.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on a terminal (redrawn in place), or a line every tenth of the work when the
 * output is a file or a pipe, so logs stay readable.
 */
public final class ConsoleProgress implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private String phase = "";
  private int total;
  private int done;
  private int lastDecile;

  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void begin(String phase, int total) {
    this.phase = phase;
    this.total = total;
    this.done = 0;
    this.lastDecile = 0;
    draw();
  }

  @Override
  public synchronized void advance() {
    done++;
    int decile = total == 0 ? 10 : done * 10 / total;
    if (terminal || decile > lastDecile) {
      lastDecile = decile;
      draw();
    }
  }

  @Override
  public synchronized void end() {
    if (terminal) {
      out.print("\n");
    }
    out.flush();
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    String line = String.format(Locale.ROOT, "%-18s [%s] %d/%d", phase, bar, done, total);
    if (terminal) {
      out.print("\r" + line);
    } else {
      out.println(line);
    }
    out.flush();
  }
}
