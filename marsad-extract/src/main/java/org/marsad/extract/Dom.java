package org.marsad.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Small DOM helpers shared by the extraction steps; all iterative so deep trees cannot overflow.
 */
final class Dom {

  /**
   * Parsed selectors by their CSS text. Parsing a query costs more than running it on a small
   * block, and the extractor runs the same few dozen queries on every page; jsoup evaluators are
   * thread-safe. Site-rule selectors join the cache too, so it is bounded by the rules loaded.
   */
  private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

  private Dom() {}

  /** The parsed, cached evaluator of a CSS query. */
  static Evaluator css(String query) {
    return SELECTORS.computeIfAbsent(query, QueryParser::parse);
  }

  /** {@code s.strip().length()} without building the stripped copy. */
  static int strippedLength(String s) {
    if (s.isBlank()) {
      return 0; // most text nodes are indentation; isBlank scans them without per-char calls
    }
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }

  /**
   * Removes, in one pre-order pass, the candidates a test selects; descendants of a removed block
   * are skipped by their pre-order index (no ancestor walk). {@code candidates} must be in document
   * order, as jsoup's {@code select} returns them.
   */
  static void prune(List<Element> candidates, Lengths lengths, Predicate<Element> remove) {
    int skipUntil = -1;
    for (Element e : candidates) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil) {
        continue;
      }
      if (remove.test(e)) {
        skipUntil = Math.max(skipUntil, lengths.end(e));
        // Only e's ancestors change, and they come before it in the candidates: the answers of
        // the rest of this pass are the same as without the update.
        lengths.detach(e);
      }
    }
  }

  /** What {@code [class], [id]} matches: elements a class or id may name. */
  static boolean hasClassOrId(Element e) {
    return Tree.hasParsedAttr(e, "class") || Tree.hasParsedAttr(e, "id");
  }

  /** Length of the link text inside an element (for one-off checks on small blocks). */
  static int linkTextLength(Element e) {
    int n = 0;
    for (Element a : e.select(Dom.css("a"))) {
      n += a.text().length();
    }
    return n;
  }

  /** Class and id of an element, lower-cased, for pattern checks. */
  static String classAndId(Element e) {
    return (Tree.parsedAttr(e, "class").trim() + " " + Tree.parsedAttr(e, "id"))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * ASCII upper case to lower case, every other character as it is: the case folding of a regex
   * compiled with {@code CASE_INSENSITIVE} alone, for scans that stand in for such regexes.
   */
  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The characters besides ASCII letters that Java's case-insensitive comparisons take for one
   * ({@code regionMatches(true, …)} and {@code equalsIgnoreCase} compare upper and lower cases, and
   * {@code toLowerCase} writes a dotted capital I as "i" and a combining dot): İ ı ſ K.
   */
  private static final String ASCII_LOOKALIKES = "\u0130\u0131\u017F\u212A";

  /**
   * False only when no case-insensitive comparison, Java's or jsoup's, can find {@code lower}
   * (lower-case ASCII) in {@code s}: a pretest for a selector or regex that looks for it.
   */
  static boolean mayContainIgnoreCase(String s, String lower) {
    if (containsAsciiIgnoreCase(s, lower)) {
      return true;
    }
    for (int i = 0; i < ASCII_LOOKALIKES.length(); i++) {
      if (s.indexOf(ASCII_LOOKALIKES.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} contains {@code lower} (lower-case ASCII), ignoring ASCII case. */
  static boolean containsAsciiIgnoreCase(String s, String lower) {
    int last = s.length() - lower.length();
    for (int i = 0; i <= last; i++) {
      if (startsWithAsciiIgnoreCase(s, i, lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lower} (lower-case ASCII) starts at {@code at} of {@code s}, ignoring ASCII
   * case.
   */
  static boolean startsWithAsciiIgnoreCase(String s, int at, String lower) {
    if (at + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (asciiLower(s.charAt(at + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Collapses runs of whitespace (including NBSP) to one space and trims. */
  static String squash(String s) {
    char[] chars = new char[s.length()];
    s.getChars(0, chars.length, chars, 0);
    return squash(chars, chars.length);
  }

  /** {@link #squash(String)} of a builder's text, without copying it to a string first. */
  static String squash(StringBuilder s) {
    char[] chars = new char[s.length()];
    s.getChars(0, chars.length, chars, 0);
    return squash(chars, chars.length);
  }

  /**
   * Squashes the first {@code n} characters in place (the result is never longer than what it has
   * read) and returns them: a loop over an array, where appending to a builder character by
   * character checks its capacity every time (the text renderer squashes every paragraph).
   */
  private static String squash(char[] chars, int n) {
    int length = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (isSquashSpace(c)) {
        space = length > 0;
      } else {
        if (space) {
          chars[length++] = ' ';
          space = false;
        }
        chars[length++] = c;
      }
    }
    return new String(chars, 0, length);
  }

  /**
   * The whitespace of a regex {@code \s} without {@code UNICODE_CHARACTER_CLASS}: space, tab, line
   * feed, vertical tab, form feed and carriage return.
   */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** Whitespace, NBSP and the direction marks; a quick answer for letters (Latin, Arabic). */
  static boolean isSquashSpace(char c) {
    if (c > ' ' && c < '\u1680' && c != '\u00A0') {
      return false; // no character in this range is whitespace to Character.isWhitespace
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E';
  }

  /** Resolves a possibly relative reference against a base URL; empty when unusable. */
  static Optional<String> absolute(String base, String ref) {
    String r = usable(ref);
    if (r == null) {
      return Optional.empty();
    }
    try {
      return httpOnly(r.startsWith("//") ? URI.create("https:" + r) : URI.create(base).resolve(r));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link #absolute} against one base URL, parsed once: a page resolves all its links against the
   * same base, and parsing it again for each costs as much as the link's own resolution.
   */
  static Function<String, Optional<String>> resolver(String base) {
    URI parsed;
    try {
      parsed = URI.create(base);
    } catch (IllegalArgumentException e) {
      parsed = null; // then only scheme-relative references resolve, as absolute() does
    }
    URI b = parsed;
    return ref -> {
      String r = usable(ref);
      if (r == null || (b == null && !r.startsWith("//"))) {
        return Optional.empty();
      }
      try {
        return httpOnly(r.startsWith("//") ? URI.create("https:" + r) : b.resolve(r));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    };
  }

  /** The reference stripped and with spaces encoded; null when it cannot name a page. */
  private static String usable(String ref) {
    if (ref == null) {
      return null;
    }
    String r = ref.strip().replace(" ", "%20");
    boolean unusable =
        r.isEmpty() || r.startsWith("data:") || r.startsWith("javascript:") || r.startsWith("#");
    return unusable ? null : r;
  }

  private static Optional<String> httpOnly(URI resolved) {
    String scheme = resolved.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return Optional.empty();
    }
    return Optional.of(resolved.toString());
  }

  /** Host of a URL, lower-cased, "" when there is none. */
  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
