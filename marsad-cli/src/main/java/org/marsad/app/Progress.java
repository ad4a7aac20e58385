package org.marsad.app;

/** Reports progress of long work (polling feeds, fetching articles, reindexing). Thread-safe. */
public interface Progress {

  void begin(String phase, int total);

  void advance();

  void end();

  /** Reports nothing: for tests and for the background crawl of a running server. */
  Progress NONE =
      new Progress() {
        @Override
        public void begin(String phase, int total) {}

        @Override
        public void advance() {}

        @Override
        public void end() {}
      };
}
