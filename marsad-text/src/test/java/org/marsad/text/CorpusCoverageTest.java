package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the date scanner and language id over the shared ANT multisource corpus (real Arabic
 * news, benchmark use only: nothing of it is copied into the repository). Skipped when the corpus
 * is absent. Prints the figures quoted in docs/text.md and writes them to
 * target/corpus-coverage.txt. By default every tenth article (a few seconds, since every module
 * built with -am runs this); the whole corpus with {@code -Dmarsad.corpus.full=true}.
 */
class CorpusCoverageTest {

  private static final String ARCHIVE =
      "shared/corpora/ant-multisource/ant-multisource-v2.1.tar.gz";
  private static final Pattern FIELD =
      Pattern.compile("<(TIME|TEXT)>\\s*(.*?)\\s*</\\1>", Pattern.DOTALL);

  static Optional<Path> archive() {
    for (String up : List.of("../", "../../", "")) {
      Path p = Path.of(up + ARCHIVE);
      if (Files.isReadable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Test
  void coverageOverRealArticles() throws IOException {
    Optional<Path> archive = archive();
    assumeTrue(archive.isPresent(), "ANT multisource corpus not present");
    Stats s = new Stats();
    int every = Boolean.getBoolean("marsad.corpus.full") ? 1 : 10;
    int[] seen = {0};
    forEachFile(
        archive.get(),
        (name, body) -> {
          if (name.endsWith(".txt") && seen[0]++ % every == 0) {
            s.add(name.split("/")[name.startsWith("./") ? 1 : 0], body);
          }
        });
    String report = s.report();
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-coverage.txt"), report, StandardCharsets.UTF_8);
    assertTrue(s.docs > 1000 / every, report);
    assertTrue(s.timeExact >= 0.95 * s.timeFields, report);
    assertTrue(s.arabic >= 0.95 * s.docs, report);
  }

  /** Running counts over the corpus. */
  static final class Stats {
    /** Articles scanned before timing starts, so the figure is not the JIT's warm-up. */
    static final int WARM_UP_DOCS = 500;

    int docs;
    int timeFields;
    int timeExact;
    int arabic;
    double confidence;
    long chars;
    long nanos;
    int docsWithDate;
    int matches;
    int plausible;
    int fullDates;
    final Map<String, Integer> kinds = new TreeMap<>();
    final Map<String, Integer> langs = new TreeMap<>();
    final Map<String, int[]> bySource = new TreeMap<>();

    void add(String source, String doc) {
      Matcher m = FIELD.matcher(doc);
      String time = null;
      String text = "";
      while (m.find()) {
        if (m.group(1).equals("TIME")) {
          time = m.group(2);
        } else {
          text = m.group(2);
        }
      }
      docs++;
      Optional<OffsetDateTime> published = time == null ? Optional.empty() : rfc1123(time);
      published.ifPresent(
          p ->
              checkTime(
                  doc.substring(doc.indexOf("<TIME>") + 6, doc.indexOf("</TIME>")).strip(), p));
      ZonedDateTime ref =
          published.map(OffsetDateTime::toZonedDateTime).orElse(ZonedDateTime.now(ZoneOffset.UTC));
      scanText(source, text, ref);
      LanguageGuess g = LanguageIdentifier.identify(text);
      langs.merge(g.lang(), 1, Integer::sum);
      arabic += g.lang().equals("ar") ? 1 : 0;
      confidence += g.confidence();
    }

    private void checkTime(String raw, OffsetDateTime expected) {
      timeFields++;
      Optional<OffsetDateTime> got =
          DateScanner.parseDateTime(raw, expected.toZonedDateTime(), ZoneOffset.UTC);
      if (got.isPresent() && got.get().toInstant().equals(expected.toInstant())) {
        timeExact++;
      }
    }

    private void scanText(String source, String text, ZonedDateTime ref) {
      long t0 = System.nanoTime();
      List<DateMatch> found = DateScanner.scan(text, ref);
      if (docs > WARM_UP_DOCS) {
        nanos += System.nanoTime() - t0;
        chars += text.length();
      }
      docsWithDate += found.isEmpty() ? 0 : 1;
      matches += found.size();
      int[] src = bySource.computeIfAbsent(source, k -> new int[2]);
      src[0]++;
      src[1] += found.isEmpty() ? 0 : 1;
      for (DateMatch d : found) {
        kinds.merge(kind(d), 1, Integer::sum);
        if (d.value().length() >= 10 && Character.isDigit(d.value().charAt(0))) {
          fullDates++;
          int year = Integer.parseInt(d.value().substring(0, 4));
          plausible += year >= ref.getYear() - 30 && year <= ref.getYear() + 5 ? 1 : 0;
        }
      }
    }

    private static String kind(DateMatch d) {
      String t = d.text();
      if (t.contains("هـ") || t.matches(".*1[34]\\d\\d.*ه.*")) {
        return "hijri";
      }
      if (t.contains("/") && !t.matches(".*\\d/.*")) {
        return "dual-month";
      }
      if (t.startsWith("منذ") || t.startsWith("قبل") || t.contains("أمس") || t.contains("ago")) {
        return "relative";
      }
      return d.value().contains("T") ? "with-time" : "date";
    }

    String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "articles: %d%n", docs));
      b.append(
          String.format(
              Locale.ROOT,
              "<TIME> parsed to the exact instant: %d / %d (%.2f%%)%n",
              timeExact,
              timeFields,
              100.0 * timeExact / Math.max(1, timeFields)));
      b.append(
          String.format(
              Locale.ROOT,
              "articles with >=1 date expression in body: %d (%.1f%%), expressions: %d%n",
              docsWithDate,
              100.0 * docsWithDate / Math.max(1, docs),
              matches));
      b.append("expressions by kind: ").append(kinds).append('\n');
      b.append(
          String.format(
              Locale.ROOT,
              "full dates within [year-30, year+5] of publication: %d / %d (%.2f%%)%n",
              plausible,
              fullDates,
              100.0 * plausible / Math.max(1, fullDates)));
      bySource.forEach(
          (k, v) ->
              b.append(
                  String.format(
                      Locale.ROOT,
                      "  %-10s articles %5d, with a date %5d (%.1f%%)%n",
                      k,
                      v[0],
                      v[1],
                      100.0 * v[1] / Math.max(1, v[0]))));
      b.append(
          String.format(
              Locale.ROOT,
              "date scan (after %d warm-up articles): %.1f M chars at %.1f M chars/s%n",
              WARM_UP_DOCS,
              chars / 1e6,
              chars / 1e6 / (nanos / 1e9)));
      b.append(
          String.format(
              Locale.ROOT,
              "language: %s, ar %.2f%%, mean confidence %.3f%n",
              langs,
              100.0 * arabic / Math.max(1, docs),
              confidence / Math.max(1, docs)));
      return b.toString();
    }
  }

  static Optional<OffsetDateTime> rfc1123(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Minimal ustar reader: regular files only, names with the ustar prefix joined. */
  static void forEachFile(Path archive, BiConsumer<String, String> consumer) throws IOException {
    try (InputStream in =
        new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        long size =
            Long.parseLong(
                field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
        byte[] data = in.readNBytes((int) size);
        in.skipNBytes((512 - size % 512) % 512);
        if (header[156] == '0' || header[156] == 0) {
          consumer.accept(
              prefix.isEmpty() ? name : prefix + "/" + name,
              new String(data, StandardCharsets.UTF_8));
        }
      }
    }
  }

  private static String field(byte[] h, int off, int len) {
    int end = off;
    while (end < off + len && h[end] != 0) {
      end++;
    }
    return new String(h, off, end - off, StandardCharsets.US_ASCII);
  }
}
