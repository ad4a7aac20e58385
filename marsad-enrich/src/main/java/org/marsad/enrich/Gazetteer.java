package org.marsad.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Names of places, organisations and people, as data ({@code gazetteer.tsv}: kind, display name,
 * then spelling variants). Names and text go through the same stemmed analysis, so clitics (وب ل
 * ال) and hamza or diacritic variants match without listing them.
 */
final class Gazetteer {

  private record Entry(Tag.Kind kind, String name) {}

  private final Map<String, Entry> byTerms = new HashMap<>();
  private int longest = 1;

  static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      return parse(
          new BufferedReader(
              new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled gazetteer", e);
    }
  }

  static Gazetteer parse(BufferedReader reader) throws IOException {
    Gazetteer g = new Gazetteer();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException("gazetteer line " + number + ": expected kind<TAB>name");
      }
      Tag.Kind kind = Tag.Kind.valueOf(cols[0].trim().toUpperCase(Locale.ROOT));
      for (int i = 1; i < cols.length; i++) {
        g.add(cols[i].trim(), new Entry(kind, cols[1].trim()));
      }
    }
    return g;
  }

  private void add(String spelling, Entry entry) {
    List<String> terms = Terms.of(spelling);
    if (!terms.isEmpty()) {
      byTerms.putIfAbsent(String.join(" ", terms), entry);
      longest = Math.max(longest, terms.size());
    }
  }

  /** Entities named in the terms, longest match first, each once, in order of appearance. */
  Map<String, Tag.Kind> find(List<String> terms) {
    Map<String, Tag.Kind> found = new LinkedHashMap<>();
    int i = 0;
    while (i < terms.size()) {
      int matched = 0;
      for (int n = Math.min(longest, terms.size() - i); n >= 1 && matched == 0; n--) {
        Entry e = byTerms.get(String.join(" ", terms.subList(i, i + n)));
        if (e != null) {
          found.putIfAbsent(e.name(), e.kind());
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return found;
  }
}
