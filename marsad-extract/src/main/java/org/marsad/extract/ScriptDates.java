package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publish dates that only an inline script states: shop and app pages keep them in state blobs that
 * are not JSON-LD ({@code "published_at":"2019-03-02T06:22:28+01:00"}). A last resort, read only
 * when neither metadata, the URL nor a visible date line gave a date.
 */
final class ScriptDates {

  /**
   * Key families, most deliberate first: a publish key beats a creation key wherever it stands (the
   * creation time of a comment or an author account may come earlier in the blob).
   */
  private static final List<Pattern> KEYS =
      List.of(
          key(
              "date_?published|published_?(?:at|date|on|time)|publish_?(?:date|time)|pub_?date"
                  + "|first_?published_?(?:at|date)"),
          key("date_?created|date_?creation|created_?(?:at|date)|upload_?date"));

  /**
   * A script that prints the page's date where it stands, {@code <script>showDate("2020/04/17
   * 01:43:09")</script>}: a date function called with a date literal. Read after the keys.
   */
  private static final Pattern PRINTED =
      Pattern.compile(
          "(?i)[a-z_]*date[a-z_]*\\(\\s*[\"']((?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}"
              + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)");

  /** Scripts longer than this are bundles of code, not page state. */
  private static final int MAX_SCRIPT = 2_000_000;

  private ScriptDates() {}

  /** A key, an optional escaped quote, a colon or equals sign, then an ISO day with its time. */
  private static Pattern key(String names) {
    return Pattern.compile(
        "(?<![A-Za-z_])(?i:"
            + names
            + ")\\\\?[\"']?\\s*[:=]\\s*\\\\?[\"']"
            + "((?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?"
            + "(?:Z|[+-]\\d{2}:?\\d{2})?)?)\\\\?[\"']");
  }

  /** The first publish date an inline script declares, else the first creation date. */
  static Optional<OffsetDateTime> find(Document doc, ZoneId zone) {
    StringBuilder all = new StringBuilder();
    for (Element s : doc.getElementsByTag("script")) {
      String type = s.attr("type").toLowerCase(Locale.ROOT);
      // JSON-LD has its own reader, which knows which object is the article.
      if (s.hasAttr("src") || type.contains("ld+json")) {
        continue;
      }
      String data = s.data();
      if (data.length() <= MAX_SCRIPT) {
        all.append(data).append('\n');
      }
    }
    return all.isEmpty() ? Optional.empty() : first(all, zone);
  }

  private static Optional<OffsetDateTime> first(CharSequence scripts, ZoneId zone) {
    for (Pattern p : KEYS) {
      Matcher m = p.matcher(scripts);
      while (m.find()) {
        Optional<OffsetDateTime> d = Dates.parse(m.group(1), zone);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Matcher m = PRINTED.matcher(scripts);
    while (m.find()) {
      Optional<OffsetDateTime> d = ArabicDates.parse(m.group(1), zone);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
