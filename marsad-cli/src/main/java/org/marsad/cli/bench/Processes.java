package org.marsad.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program to completion; output goes to files so a chatty peer cannot block on a
 * pipe.
 */
final class Processes {

  private Processes() {}

  /**
   * What the program printed on standard output; empty when it could not start, failed or timed
   * out.
   */
  static Optional<String> run(
      List<String> command,
      Map<String, String> env,
      Path logDir,
      String logName,
      Duration timeout) {
    Path out = logDir.resolve(logName + ".out");
    Path err = logDir.resolve(logName + ".err");
    try {
      Files.createDirectories(logDir);
      ProcessBuilder pb =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0
          ? Optional.of(Files.readString(out, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
