package org.marsad.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads Fundus fixtures: {@code <cc>/<Publisher>.json} holds one entry per parser version (V1,
 * V1_1, V2 ...) and {@code <cc>/<Publisher>_<date>.html.gz} one page per version. Versions are
 * chronological, so the n-th version (in version order) labels the n-th page (in date order); a
 * publisher whose counts differ is left out. URLs come from {@code <cc>/meta.info}.
 */
final class FundusFixtures {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private FundusFixtures() {}

  static List<Labeled<FundusAgreement.Expected>> load(Path testData) throws IOException {
    if (!Files.isDirectory(testData)) {
      throw new IOException("missing benchmark folder " + testData);
    }
    List<Labeled<FundusAgreement.Expected>> out = new ArrayList<>();
    try (Stream<Path> countries = Files.list(testData)) {
      for (Path country : countries.filter(Files::isDirectory).sorted().toList()) {
        out.addAll(country(country));
      }
    }
    return out;
  }

  private static List<Labeled<FundusAgreement.Expected>> country(Path dir) throws IOException {
    Path metaFile = dir.resolve("meta.info");
    JsonNode meta =
        Files.isRegularFile(metaFile)
            ? BenchSets.readJson(metaFile)
            : BenchSets.JSON.createObjectNode();
    List<Labeled<FundusAgreement.Expected>> out = new ArrayList<>();
    List<Path> labelFiles;
    try (Stream<Path> files = Files.list(dir)) {
      labelFiles =
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path labels : labelFiles) {
      out.addAll(publisher(dir, labels, meta));
    }
    return out;
  }

  private static List<Labeled<FundusAgreement.Expected>> publisher(
      Path dir, Path labels, JsonNode meta) throws IOException {
    String name = labels.getFileName().toString().replaceFirst("\\.json$", "");
    List<Map.Entry<String, JsonNode>> versions =
        new ArrayList<>(BenchSets.fields(BenchSets.readJson(labels)));
    versions.sort(Comparator.comparing(e -> versionKey(e.getKey())));
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(f -> isPageOf(f, name)).sorted().toList();
    }
    if (pages.size() != versions.size()) {
      return List.of();
    }
    List<Labeled<FundusAgreement.Expected>> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String file = pages.get(i).getFileName().toString();
      String id = dir.getFileName() + "/" + file.replaceFirst("\\.html\\.gz$", "");
      BenchPage page =
          new BenchPage(
              id, pages.get(i), meta.path(file).path("url").asText("https://example.com/"));
      out.add(new Labeled<>(page, expected(versions.get(i).getValue())));
    }
    return out;
  }

  /**
   * {@code <name>_<yyyy>_<mm>_<dd>.html.gz}: the date part keeps "Foo" from matching "FooBar_...".
   */
  private static boolean isPageOf(Path file, String publisher) {
    String f = file.getFileName().toString();
    return f.startsWith(publisher + "_")
        && f.substring(publisher.length() + 1).matches("\\d{4}_\\d{2}_\\d{2}\\.html\\.gz");
  }

  /** "V1_2" → "000001.000002", so that V1 &lt; V1_1 &lt; V1_2 &lt; V2 &lt; V10. */
  private static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    Matcher m = NUMBER.matcher(version);
    while (m.find()) {
      key.append(String.format(Locale.ROOT, "%06d.", Integer.parseInt(m.group())));
    }
    return key.toString();
  }

  static FundusAgreement.Expected expected(JsonNode v) {
    Optional<String> title =
        v.path("title").isTextual() ? Optional.of(v.path("title").asText()) : Optional.empty();
    Optional<List<String>> authors =
        v.path("authors").isArray()
            ? Optional.of(BenchSets.strings(v.path("authors")))
            : Optional.empty();
    Optional<FundusAgreement.FixtureDate> date =
        v.path("publishing_date").isTextual()
            ? parseDate(v.path("publishing_date").asText())
            : Optional.empty();
    return new FundusAgreement.Expected(title, authors, date, body(v.path("body")));
  }

  /**
   * Fundus writes Python datetimes: "2025-04-15 03:08:00+00:00", "2023-06-13
   * 12:15:32.158000+00:00", "2025-06-30 00:00:00".
   */
  static Optional<FundusAgreement.FixtureDate> parseDate(String text) {
    String iso = text.trim().replace(' ', 'T');
    try {
      OffsetDateTime withOffset = OffsetDateTime.parse(iso);
      return Optional.of(
          new FundusAgreement.FixtureDate(
              withOffset.toLocalDateTime(), Optional.of(withOffset.getOffset())));
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(
            new FundusAgreement.FixtureDate(LocalDateTime.parse(iso), Optional.empty()));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  private static String body(JsonNode body) {
    List<String> parts = new ArrayList<>(BenchSets.strings(body.path("summary")));
    for (JsonNode section : body.path("sections")) {
      parts.addAll(BenchSets.strings(section.path("headline")));
      parts.addAll(BenchSets.strings(section.path("paragraphs")));
    }
    return String.join("\n", parts);
  }
}
