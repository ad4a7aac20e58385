package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap test that rules out most class names before a pattern of name words runs on them. The
 * patterns ({@code (^|[\s_-])(comments?|sidebar|…)($|[\s_-])}) try each of their alternatives at
 * every separator of the name, and most names on a page match none; a word can only match where the
 * name holds its literal head ("comment" for {@code comments?}) right after a separator, which a
 * few character comparisons check. A name that fails this test fails the pattern; one that passes
 * still goes to the pattern, which decides.
 */
final class WordHeads {

  /** Characters that end a word's literal head (regex syntax). */
  private static final String SYNTAX = "\\()[]{}|?*+.^$";

  /** Quantifiers that make the character before them optional, so it is no part of the head. */
  private static final String OPTIONAL = "?*{";

  /** Heads by their first character (ASCII); null where no head starts with it. */
  private final String[][] byFirst = new String[128][];

  /** Whether some head is empty or not ASCII-led: then every name passes. */
  private final boolean always;

  private WordHeads(List<String> heads) {
    boolean any = false;
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (String h : heads) {
      if (h.isEmpty() || h.charAt(0) >= 128) {
        any = true;
      } else {
        lists.get(h.charAt(0)).add(h);
      }
    }
    for (int c = 0; c < 128; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(new String[0]);
    }
    always = any;
  }

  /** The test for a pattern whose alternatives are {@code words}, each a regex. */
  static WordHeads of(List<String> words) {
    return new WordHeads(words.stream().map(WordHeads::head).toList());
  }

  /** The literal start every match of a regex word has: "comment" for {@code comments?}. */
  static String head(String word) {
    int i = 0;
    while (i < word.length() && SYNTAX.indexOf(word.charAt(i)) < 0) {
      i++;
    }
    if (i > 0 && i < word.length() && OPTIONAL.indexOf(word.charAt(i)) >= 0) {
      i--;
    }
    return word.substring(0, i);
  }

  /**
   * False when no word of the pattern can match in {@code names} (the string the pattern would
   * read, already lower-cased), as no head starts at its start or after one of {@code [\s_-]}.
   */
  boolean mayMatch(String names) {
    return always || next(names, 0) >= 0;
  }

  /**
   * The first word start at or after {@code from} (the name's start, or just after one of {@code
   * [\s_-]}) where a head begins; -1 if none. Only meaningful when no head is empty or non-ASCII.
   */
  int next(String names, int from) {
    boolean wordStart = from == 0 || isSeparator(names.charAt(from - 1));
    for (int i = from; i < names.length(); i++) {
      char c = names.charAt(i);
      if (wordStart && c < 128 && byFirst[c] != null) {
        for (String h : byFirst[c]) {
          if (names.startsWith(h, i)) {
            return i;
          }
        }
      }
      wordStart = isSeparator(c);
    }
    return -1;
  }

  boolean always() {
    return always;
  }

  /** {@code [\s_-]} as {@link java.util.regex.Pattern} reads it (ASCII whitespace). */
  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || Dom.isRegexSpace(c);
  }
}
