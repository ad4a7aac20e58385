package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The heads test may only rule out names the pattern of the same words would not match. */
class WordHeadsTest {

  private static final List<String> WORDS =
      List.of("comments?", "advert\\w*", "ads?", "post-?meta(data)?", "author-?(bio|box)", "toc");

  private static final Pattern PATTERN =
      Pattern.compile("(^|[\\s_-])(" + String.join("|", WORDS) + ")($|[\\s_-])");

  @Test
  void headsAreTheLiteralStartOfEachWord() {
    assertEquals("comment", WordHeads.head("comments?"));
    assertEquals("advert", WordHeads.head("advert\\w*"));
    assertEquals("ad", WordHeads.head("ads?"));
    assertEquals("post", WordHeads.head("post-?meta(data)?"));
    assertEquals("", WordHeads.head("(post|star)-?ratings?"));
  }

  @Test
  void namesWithoutAHeadAfterASeparatorAreRuledOut() {
    WordHeads heads = WordHeads.of(WORDS);
    assertFalse(heads.mayMatch("entry-content wide"));
    assertFalse(heads.mayMatch("headline"));
    assertTrue(heads.mayMatch("box comments-area"));
    assertTrue(heads.mayMatch("x_advertising"));
    assertTrue(heads.mayMatch("post-title"), "a head passes; the pattern decides");
    assertTrue(WordHeads.of(List.of("(a|b)c")).mayMatch("zzz"), "no head: every name passes");
  }

  @Test
  void neverRulesOutAMatch() {
    WordHeads heads = WordHeads.of(WORDS);
    int matched = 0;
    for (String names : RandomNames.draw(7, 20_000)) {
      if (PATTERN.matcher(names).find()) {
        assertTrue(heads.mayMatch(names), names);
        matched++;
      }
    }
    assertTrue(matched > 1_000, "matches drawn: " + matched);
  }
}
