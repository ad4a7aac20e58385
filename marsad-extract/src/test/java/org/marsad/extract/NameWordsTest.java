package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Anchored at the heads' word starts, the words find exactly what the unanchored pattern finds. */
class NameWordsTest {

  private static final List<String> WORDS =
      List.of(
          "comments?",
          "advert\\w*",
          "ads?",
          "post-?meta(data)?",
          "author-?(bio|box)",
          "toc",
          "most-?read",
          "table-of-contents",
          "nav");

  private static final Pattern PATTERN =
      Pattern.compile("(^|[\\s_-])(" + String.join("|", WORDS) + ")($|[\\s_-])");

  @Test
  void findsWholeWordsBetweenSeparators() {
    NameWords words = NameWords.of(WORDS);
    assertTrue(words.in("box comments-area"));
    assertTrue(words.in("x_advertising"));
    assertTrue(words.in("post-meta"));
    assertTrue(words.in("postmetadata wide"));
    assertTrue(words.in("sidebar\tmost-read"));
    assertTrue(words.in("ad"));
    assertFalse(words.in("navbar"), "a word's head is not the word");
    assertFalse(words.in("header-nav2"), "a digit is no separator");
    assertFalse(words.in("post-title"));
    assertFalse(words.in("loads"), "inside a word");
    assertFalse(words.in(""));
  }

  @Test
  void wordsNeedALiteralStart() {
    assertThrows(IllegalArgumentException.class, () -> NameWords.of(List.of("(a|b)c")));
  }

  @Test
  void agreesWithThePatternOnRandomNames() {
    NameWords words = NameWords.of(WORDS);
    int matched = 0;
    for (String names : RandomNames.draw(11, 50_000)) {
      boolean expected = PATTERN.matcher(names).find();
      assertEquals(expected, words.in(names), names);
      matched += expected ? 1 : 0;
    }
    assertTrue(matched > 5_000 && matched < 45_000, "both answers drawn often: " + matched);
  }
}
