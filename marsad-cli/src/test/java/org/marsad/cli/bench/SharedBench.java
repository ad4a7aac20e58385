package org.marsad.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds {@code shared/bench} beside the repository; tests that need it skip when it is absent. */
final class SharedBench {

  private SharedBench() {}

  /** From the module directory (surefire's working directory) or from the repository root. */
  static Optional<Path> find() {
    return List.of(Path.of("..", "..", "shared", "bench"), Path.of("..", "shared", "bench"))
        .stream()
        .filter(p -> Files.isDirectory(p.resolve("zyte-aeb")))
        .findFirst();
  }
}
