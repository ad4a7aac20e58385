package org.marsad.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a class-and-id string holds one of a list of name words whole, between the string's ends
 * and the separators {@code [\s_-]}: what {@code (^|[\s_-])(w1|w2|…)($|[\s_-])} finds, without
 * trying every alternative at every separator. The words are tried only where {@link WordHeads}
 * finds one of their literal heads at a word start, anchored there: on a page's many class names
 * that unanchored search was a hot spot of the cleaning steps.
 */
final class NameWords {

  private final WordHeads heads;

  /** The words followed by the end or a separator, matched from a word start. */
  private final Pattern fromStart;

  private NameWords(List<String> words) {
    this.heads = WordHeads.of(words);
    if (heads.always()) {
      // A word with no literal ASCII head could start anywhere: the heads would rule nothing out.
      throw new IllegalArgumentException("every name word needs a literal ASCII start: " + words);
    }
    this.fromStart = Pattern.compile("(?:" + String.join("|", words) + ")(?:$|[\\s_-])");
  }

  /** Words as regex alternatives ({@code comments?}, {@code author-?(bio|box)}). */
  static NameWords of(List<String> words) {
    return new NameWords(words);
  }

  /** True when one of the words stands whole in {@code names} (already lower-cased). */
  boolean in(String names) {
    Matcher m = null;
    for (int at = heads.next(names, 0); at >= 0; at = heads.next(names, at + 1)) {
      m = m == null ? fromStart.matcher(names) : m;
      if (m.region(at, names.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
