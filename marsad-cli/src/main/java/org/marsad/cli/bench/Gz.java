package org.marsad.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads the benchmark's gzip files. */
final class Gz {

  private Gz() {}

  static byte[] read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 64 * 1024)) {
      return in.readAllBytes();
    }
  }
}
