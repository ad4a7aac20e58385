package org.marsad.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a demo data file. The format is deliberately tiny so the content stays easy to edit
 * by hand: records are separated by a line "===", each starts with "name: value" header lines, and
 * after a line "---" every non-blank line is one body paragraph. Lines starting with "#" in the
 * header part are comments.
 */
record Block(String origin, Map<String, String> headers, List<String> paragraphs) {

  Block {
    headers = Map.copyOf(headers);
    paragraphs = List.copyOf(paragraphs);
  }

  Optional<String> find(String name) {
    return Optional.ofNullable(headers.get(name)).filter(v -> !v.isBlank());
  }

  String require(String name) {
    return find(name)
        .orElseThrow(() -> new IllegalStateException(origin + ": missing header '" + name + "'"));
  }

  boolean flag(String name) {
    return find(name).map(v -> v.equals("yes")).orElse(false);
  }

  /** Reads all records of a classpath resource next to this class. */
  static List<Block> readResource(String name) {
    try (InputStream in = Block.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("demo data file missing from classpath: " + name);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo data file " + name, e);
    }
  }

  static List<Block> parse(String origin, String text) {
    List<Block> blocks = new ArrayList<>();
    String[] records = text.split("(?m)^===\\s*$");
    for (int i = 0; i < records.length; i++) {
      if (!records[i].isBlank()) {
        blocks.add(parseRecord(origin + " record " + (i + 1), records[i]));
      }
    }
    return blocks;
  }

  private static Block parseRecord(String origin, String record) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> paragraphs = new ArrayList<>();
    boolean inBody = false;
    for (String raw : record.split("\n")) {
      String line = raw.strip();
      if (inBody) {
        if (!line.isEmpty()) {
          paragraphs.add(line);
        }
      } else if (line.equals("---")) {
        inBody = true;
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(origin + ": header line without name: " + line);
        }
        headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return new Block(origin, headers, paragraphs);
  }
}
