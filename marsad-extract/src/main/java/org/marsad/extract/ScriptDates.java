package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  static final List<Family> KEYS =
      List.of(
          new Family(
              key(
                  "date_?published|published_?(?:at|date|on|time)|publish_?(?:date|time)"
                      + "|pub_?date|first_?published_?(?:at|date)"),
              List.of("pub")),
          new Family(
              key("date_?created|date_?creation|created_?(?:at|date)|upload_?date"),
              List.of("creat", "upload")));

  /**
   * Most characters before a key's anchor word in the key ("first_" of "first_published"): the key
   * regexes are tried only there, since trying them at every character of megabytes of script was
   * the costliest part of the date cascade.
   */
  private static final int BEFORE_ANCHOR = 6;

  /** A family of keys and the words (lower case ASCII) one of which every key of it holds. */
  record Family(Pattern pattern, List<String> anchors) {}

  /**
   * A script that prints the page's date where it stands, {@code <script>showDate("2020/04/17
   * 01:43:09")</script>}: a date function called with a date literal. Read after the keys.
   */
  static final Pattern PRINTED =
      Pattern.compile(
          "(?i)[a-z_]*date[a-z_]*\\(\\s*[\"']((?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}"
              + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)");

  /** The word every {@link #PRINTED} match holds. */
  private static final List<String> DATE = List.of("date");

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
  static Optional<OffsetDateTime> find(PageIndex page, ZoneId zone) {
    StringBuilder all = new StringBuilder();
    for (Element s : page.byTag("script")) {
      String type = s.attr("type").toLowerCase(Locale.ROOT);
      // JSON-LD has its own reader, which knows which object is the article.
      if (s.hasAttr("src") || type.contains("ld+json")) {
        continue;
      }
      String data = page.dataAsWritten(s);
      if (data.length() <= MAX_SCRIPT) {
        all.append(data).append('\n');
      }
    }
    return all.isEmpty() ? Optional.empty() : first(all.toString(), zone);
  }

  static Optional<OffsetDateTime> first(String scripts, ZoneId zone) {
    for (Family f : KEYS) {
      Optional<OffsetDateTime> d = firstKeyed(scripts, f, zone);
      if (d.isPresent()) {
        return d;
      }
    }
    return firstPrinted(scripts, zone);
  }

  /**
   * The first date of a key of {@code f} that parses, trying the matches {@code Matcher.find} would
   * return in the same order: every match starts at most {@link #BEFORE_ANCHOR} characters before
   * an anchor word, so only those starts are tried.
   */
  private static Optional<OffsetDateTime> firstKeyed(String s, Family f, ZoneId zone) {
    Matcher m = f.pattern().matcher(s).useTransparentBounds(true);
    int tried = 0; // every start before this was tried or lies inside an earlier match
    Anchors anchors = new Anchors(s, f.anchors());
    for (int at = anchors.next(0); at >= 0; at = anchors.next(at + 1)) {
      for (int start = Math.max(tried, at - BEFORE_ANCHOR); start <= at; start++) {
        tried = start + 1;
        if (m.region(start, s.length()).lookingAt()) {
          Optional<OffsetDateTime> d = Dates.parse(m.group(1), zone);
          if (d.isPresent()) {
            return d;
          }
          tried = m.end();
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first printed date that parses. A match starts where a run of name characters does (its
   * leading {@code [a-z_]*} takes the whole run) or where the last match ended, so only those
   * starts of runs holding "date" are tried, the matches coming in {@code Matcher.find}'s order.
   */
  private static Optional<OffsetDateTime> firstPrinted(String s, ZoneId zone) {
    Matcher m = PRINTED.matcher(s);
    int floor = 0; // where the last match ended: find() goes on from there
    int lastTried = -1;
    Anchors anchors = new Anchors(s, DATE);
    for (int at = anchors.next(0); at >= 0; at = anchors.next(at + 1)) {
      int start = at;
      while (start > floor && start > lastTried && isNameChar(s.charAt(start - 1))) {
        start--;
      }
      if (start == lastTried || at < floor) {
        continue; // the run was tried from its start, or the word lies inside a match
      }
      lastTried = start;
      if (m.region(start, s.length()).lookingAt()) {
        Optional<OffsetDateTime> d = ArabicDates.parse(m.group(1), zone);
        if (d.isPresent()) {
          return d;
        }
        floor = m.end();
      }
    }
    return Optional.empty();
  }

  /**
   * Successive places of any of some words (lower case ASCII) in a text, in any ASCII case. Found
   * with {@code indexOf} on both cases of each word's first letter, which scans far faster than a
   * loop over the characters; the next occurrence of each is kept, so the text is scanned once.
   */
  private static final class Anchors {
    private final String s;
    private final List<String> words;
    private final int[] lower;
    private final int[] upper;

    Anchors(String s, List<String> words) {
      this.s = s;
      this.words = words;
      this.lower = new int[words.size()];
      this.upper = new int[words.size()];
      for (int i = 0; i < words.size(); i++) {
        lower[i] = s.indexOf(words.get(i).charAt(0));
        upper[i] = s.indexOf(upperFirst(words.get(i)));
      }
    }

    /** The first place at or after {@code from}, else -1. */
    int next(int from) {
      int best = -1;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        for (int f = from; ; ) {
          lower[i] = lower[i] >= 0 && lower[i] < f ? s.indexOf(w.charAt(0), f) : lower[i];
          upper[i] = upper[i] >= 0 && upper[i] < f ? s.indexOf(upperFirst(w), f) : upper[i];
          int at = lower[i] < 0 ? upper[i] : upper[i] < 0 ? lower[i] : Math.min(lower[i], upper[i]);
          if (at < 0 || best >= 0 && at > best) {
            break;
          }
          if (s.regionMatches(true, at, w, 0, w.length())) {
            best = at;
            break;
          }
          f = at + 1;
        }
      }
      return best;
    }

    private static char upperFirst(String w) {
      return (char) (w.charAt(0) - ('a' - 'A'));
    }
  }

  /** The characters of {@code [a-z_]} in a case-blind regex. */
  private static boolean isNameChar(char c) {
    char f = Dom.asciiLower(c);
    return f >= 'a' && f <= 'z' || c == '_';
  }
}
