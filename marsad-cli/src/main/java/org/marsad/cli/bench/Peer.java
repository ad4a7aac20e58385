package org.marsad.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A peer extractor run through its reference runner ({@code shared/tools/peers}): the runner reads
 * a folder of {@code .html.gz} pages, times its own loop on one core, and writes {@code {id:
 * {articleBody}}}.
 *
 * @param command the program and runner script; the page folder and output file are appended
 * @param env extra environment (NODE_PATH for the npm packages)
 */
public record Peer(String name, List<String> command, Map<String, String> env) {

  static final String READABILITY_JS = "Readability.js";
  static final String READABILITY_LXML = "readability-lxml";
  private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);

  /**
   * Mozilla Readability 0.6.0 on jsdom 26, installed with npm into {@code scratch/readability-js}
   * on first use. Empty, with a message, when node, npm or the network is missing.
   */
  public static Optional<Peer> readabilityJs(Path tools, Path scratch, PrintWriter log) {
    Path script = tools.resolve("readability-bench.js");
    if (!Files.isRegularFile(script)) {
      return skip(log, READABILITY_JS, "runner " + script + " not found");
    }
    if (Processes.run(
            List.of("node", "--version"), Map.of(), scratch, "node-version", SETUP_TIMEOUT)
        .isEmpty()) {
      return skip(
          log, READABILITY_JS, "node is not installed (Debian: apt-get install nodejs npm)");
    }
    Path dir = scratch.resolve("readability-js").toAbsolutePath();
    Path modules = dir.resolve("node_modules");
    if (!Files.isDirectory(modules.resolve("@mozilla/readability"))
        || !Files.isDirectory(modules.resolve("jsdom"))) {
      log.println("bench: installing @mozilla/readability@0.6.0 and jsdom@26 into " + dir + " ...");
      log.flush();
      List<String> npm =
          List.of(
              "npm",
              "install",
              "--prefix",
              dir.toString(),
              "--no-audit",
              "--no-fund",
              "--loglevel=error",
              "@mozilla/readability@0.6.0",
              "jsdom@26");
      if (Processes.run(npm, Map.of(), scratch, "npm-install", SETUP_TIMEOUT).isEmpty()) {
        return skip(
            log,
            READABILITY_JS,
            "npm install failed (see " + scratch.resolve("npm-install.err") + ")");
      }
    }
    return Optional.of(
        new Peer(
            READABILITY_JS,
            List.of("node", script.toAbsolutePath().toString()),
            Map.of("NODE_PATH", modules.toString())));
  }

  /**
   * readability-lxml from Debian's python3-readability, run with Debian's own interpreter (a pyenv
   * or virtualenv python does not see Debian's packages). Empty, with a message, when not
   * installed.
   */
  public static Optional<Peer> readabilityLxml(Path tools, Path scratch, PrintWriter log) {
    Path script = tools.resolve("rlxml-bench.py");
    if (!Files.isRegularFile(script)) {
      return skip(log, READABILITY_LXML, "runner " + script + " not found");
    }
    String python = "/usr/bin/python3";
    List<String> probe = List.of(python, "-c", "import readability, lxml.html");
    if (Processes.run(probe, Map.of(), scratch, "rlxml-probe", SETUP_TIMEOUT).isEmpty()) {
      return skip(
          log,
          READABILITY_LXML,
          "Debian's python3-readability is not installed (apt-get install python3-readability)");
    }
    return Optional.of(
        new Peer(READABILITY_LXML, List.of(python, script.toAbsolutePath().toString()), Map.of()));
  }

  private static Optional<Peer> skip(PrintWriter log, String name, String why) {
    log.println("bench: skipping " + name + ": " + why);
    log.flush();
    return Optional.empty();
  }
}
