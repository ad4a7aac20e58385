package org.marsad.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises date and time expressions in Arabic, English and French news text. One
 * left-to-right pass over a streaming {@link TokenWindow} tries, at each token, the absolute
 * grammar ({@link DateGrammar}) then the relative one ({@link RelativeDates}); ISO-8601 stamps
 * ("2024-12-08T14:30:00+02:00") are found by a regular expression, as the tokenizer would split
 * them. Where two matches overlap, the earlier then the longer wins. Linear in the input.
 */
public final class DateScanner {

  private static final String D = "[0-9\u0660-\u0669\u06F0-\u06F9]";
  private static final Pattern ISO =
      Pattern.compile(
          "(?<!"
              + D
              + ")("
              + D
              + "{4}-"
              + D
              + "{2}-"
              + D
              + "{2})(?:[T ]("
              + D
              + "{2}:"
              + D
              + "{2}(?::"
              + D
              + "{2})?)"
              + "(?:[.,]"
              + D
              + "{1,9})?(Z|[+-]"
              + D
              + "{2}:?"
              + D
              + "{2})?)?(?!"
              + D
              + ")");

  private DateScanner() {}

  /**
   * Every date expression in {@code text}; relative forms and missing years use {@code reference}.
   */
  public static List<DateMatch> scan(String text, ZonedDateTime reference) {
    List<DateMatch> found = new ArrayList<>(tokenMatches(text, reference));
    found.addAll(isoMatches(text));
    found.sort(
        Comparator.comparingInt(DateMatch::start).thenComparingInt(m -> -(m.end() - m.start())));
    List<DateMatch> kept = new ArrayList<>();
    int lastEnd = -1;
    for (DateMatch m : found) {
      if (m.start() >= lastEnd) {
        kept.add(m);
        lastEnd = m.end();
      }
    }
    return kept;
  }

  /**
   * The date-time a short string (a byline, a meta value) states first, with the time of a same-day
   * match when the first has none, preferring the longest match. A line that gives two days ("5
   * gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)", "Oct 24, 2023 | Zuletzt geändert: Nov 7,
   * 2023, 8:54 AM") states its publish day first. A date alone is the start of that day in {@code
   * defaultZone}; a local date-time is taken in {@code defaultZone}; a month and year is not
   * enough.
   */
  public static Optional<OffsetDateTime> parseDateTime(
      String text, ZonedDateTime reference, ZoneId defaultZone) {
    List<Candidate> all =
        scan(text, reference).stream()
            .flatMap(m -> toDateTime(m.value(), defaultZone).map(t -> new Candidate(t, m)).stream())
            .toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = all.get(0).time().toLocalDate();
    return all.stream()
        .filter(c -> c.time().toLocalDate().equals(day))
        .max(Comparator.comparingInt(Candidate::precision).thenComparingInt(Candidate::length))
        .map(Candidate::time);
  }

  private record Candidate(OffsetDateTime time, DateMatch match) {
    int precision() {
      return match.value().contains("T") ? 1 : 0;
    }

    int length() {
      return match.end() - match.start();
    }
  }

  static Optional<OffsetDateTime> toDateTime(String value, ZoneId zone) {
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime());
      }
      if (!value.contains("T")) {
        return Optional.empty();
      }
      if (value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10) {
        return Optional.of(OffsetDateTime.parse(value));
      }
      return Optional.of(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Every word a date expression can begin with; any other word is skipped with one lookup. */
  private static final Set<String> STARTS = startWords();

  private static Set<String> startWords() {
    Set<String> words = new HashSet<>(DateVocabulary.WEEKDAYS.keySet());
    for (String month : DateVocabulary.GREGORIAN.keySet()) {
      words.add(month.split(" ")[0]);
    }
    for (String month : DateVocabulary.HIJRI.keySet()) {
      words.add(month.split(" ")[0]);
    }
    words.addAll(OrdinalDays.startWords());
    words.addAll(RelativeDates.startWords());
    return Set.copyOf(words);
  }

  private static boolean mayStart(TokenWindow.Tok t) {
    char c = t.norm().isEmpty() ? ' ' : t.norm().charAt(0);
    return (c >= '0' && c <= '9') || STARTS.contains(t.norm());
  }

  private static List<DateMatch> tokenMatches(String text, ZonedDateTime reference) {
    List<DateMatch> out = new ArrayList<>();
    TokenWindow w = new TokenWindow(text);
    DateGrammar absolute = new DateGrammar(w, reference.toLocalDate());
    RelativeDates relative = new RelativeDates(w, reference);
    int i = 0;
    TokenWindow.Tok tok;
    while ((tok = w.get(i)) != null) {
      if (!mayStart(tok)) {
        i++;
        continue;
      }
      Optional<DateGrammar.Found> f = absolute.parseAt(i);
      if (f.isEmpty()) {
        f = relative.parseAt(i);
      }
      if (f.isPresent()) {
        DateGrammar.Found x = f.get();
        if (x.value() != null) {
          out.add(new DateMatch(text.substring(x.start(), x.end()), x.start(), x.end(), x.value()));
        }
        i = x.next();
      } else {
        i++;
      }
      w.release(i);
    }
    return out;
  }

  /**
   * ISO stamps, found from their first '-' so the regular expression only runs where four digits
   * precede one (running it at every position was a third of the scan time).
   */
  private static List<DateMatch> isoMatches(String text) {
    List<DateMatch> out = new ArrayList<>();
    Matcher m = ISO.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    int dash;
    while ((dash = text.indexOf('-', from)) >= 0) {
      from = dash + 1;
      int start = dash - 4;
      if (start < 0 || !fourDigits(text, start)) {
        continue;
      }
      m.region(start, text.length());
      if (m.lookingAt()) {
        String raw =
            ArabicNormalizer.standard()
                .normalize(m.group())
                .replace(' ', 'T')
                .toUpperCase(Locale.ROOT);
        int s = m.start();
        int e = m.end();
        String g = m.group();
        isoValue(raw, m.group(2) != null, m.group(3) != null)
            .ifPresent(v -> out.add(new DateMatch(g, s, e, v)));
        from = Math.max(from, e);
      }
    }
    return out;
  }

  private static boolean fourDigits(String text, int start) {
    for (int i = start; i < start + 4; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9')
        || (c >= '\u0660' && c <= '\u0669')
        || (c >= '\u06F0' && c <= '\u06F9');
  }

  /** Validates an ISO stamp and re-renders it in the canonical form (seconds always present). */
  private static Optional<String> isoValue(String raw, boolean hasTime, boolean hasZone) {
    try {
      String fixed = raw.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
      if (!hasTime) {
        return Optional.of(LocalDate.parse(fixed).toString());
      }
      if (hasZone) {
        return Optional.of(
            OffsetDateTime.parse(fixed).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      }
      return Optional.of(LocalDateTime.parse(fixed).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
