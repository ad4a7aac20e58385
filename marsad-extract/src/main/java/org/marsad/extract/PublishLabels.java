package org.marsad.extract;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds publish labels ("Erschienen am", "Published:", "نشر في") at the start of a word, as the
 * regex {@code (?<![\p{L}\p{M}])(?i:label|label|...)} would, in one pass with a first-letter test.
 * Every short text of a page is searched: the regex tried all labels at every position, and was a
 * tenth of the date lines' cost.
 */
final class PublishLabels {

  /**
   * The labels, lower case, in the order they are tried at one position (the first that matches
   * wins, as in an alternation). A bare "Datum" needs its colon: in prose it is only a noun.
   */
  static final String[] LABELS = {
    "erschienen am",
    "erstellt am",
    "veröffentlicht am",
    "veröffentlicht:",
    "publiziert am",
    "datum:",
    "published on",
    "published:",
    "posted on",
    "date published",
    "publication date",
    "publié le",
    "mis en ligne le",
    "date de publication",
    "publicado el",
    "publicado em",
    "pubblicato il",
    "gepubliceerd op",
    "نشر في",
    "نُشر في",
    "نشر بتاريخ",
    "تاريخ النشر"
  };

  /** The first letters of {@link #LABELS}: most positions of a text hold none of them. */
  private static final String FIRST_LETTERS =
      Arrays.stream(LABELS).map(l -> l.substring(0, 1)).distinct().collect(Collectors.joining());

  /**
   * {@link #FIRST_LETTERS} below U+0700 (Latin and Arabic letters) as a table: this test runs on
   * every character of the page's short texts.
   */
  private static final boolean[] FIRST = new boolean[0x700];

  static {
    FIRST_LETTERS.chars().filter(c -> c < FIRST.length).forEach(c -> FIRST[c] = true);
  }

  /** A label found in a text: its place and which one it is. */
  record Found(int start, int end, String label) {}

  private PublishLabels() {}

  /** The first label in {@code s} that starts a word (ASCII letters match in either case). */
  static Optional<Found> find(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = Dom.asciiLower(s.charAt(i));
      if (mayStart(c) && startsWord(s, i)) {
        for (String label : LABELS) {
          if (label.charAt(0) == c && Dom.startsWithAsciiIgnoreCase(s, i, label)) {
            return Optional.of(new Found(i, i + label.length(), label));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * False only when {@code raw} cannot hold a label once its whitespace is collapsed and its
   * invisible characters dropped (what {@code TextNode.text()} does): a label's space may stand for
   * any run of whitespace and format characters, which may also sit between its letters. Lets the
   * caller skip normalising the many texts that hold none.
   */
  static boolean mayHold(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = Dom.asciiLower(raw.charAt(i));
      if (mayStart(c) && startsWord(raw, i)) {
        for (String label : LABELS) {
          if (label.charAt(0) == c && looselyAt(raw, i + 1, label)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean looselyAt(String raw, int from, String label) {
    int k = from;
    for (int j = 1; j < label.length(); j++) {
      while (k < raw.length() && isFormat(raw.charAt(k))) {
        k++;
      }
      if (label.charAt(j) == ' ') {
        if (k >= raw.length() || !isSpace(raw.charAt(k))) {
          return false;
        }
        while (k < raw.length() && (isSpace(raw.charAt(k)) || isFormat(raw.charAt(k)))) {
          k++;
        }
      } else if (k >= raw.length() || Dom.asciiLower(raw.charAt(k++)) != label.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isFormat(char c) {
    return Character.getType(c) == Character.FORMAT;
  }

  private static boolean mayStart(char c) {
    return c < FIRST.length ? FIRST[c] : FIRST_LETTERS.indexOf(c) >= 0;
  }

  /** No letter or combining mark right before {@code i}. */
  private static boolean startsWord(String s, int i) {
    if (i == 0) {
      return true;
    }
    int before = Character.codePointBefore(s, i);
    int type = Character.getType(before);
    return !Character.isLetter(before)
        && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && type != Character.COMBINING_SPACING_MARK;
  }
}
