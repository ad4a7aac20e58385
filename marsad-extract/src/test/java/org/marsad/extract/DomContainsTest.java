package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The case-insensitive pretests never say "no" where Java's or jsoup's comparisons say "yes",
 * lookalike letters (İ ı ſ K) included.
 */
class DomContainsTest {

  private static final String ALPHABET = "emojiEMOJIsmileySMILEY-/ \u0130\u0131\u017F\u212Aéب";
  private static final String EMOJI =
      "img.emoji, img.wp-smiley, img[src*=twemoji], img[src*=/emoji/]";

  @Test
  void neverMissesWhatACaseInsensitiveComparisonFinds() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String s = randomText(random, 12);
      for (String word : new String[] {"emoji", "smiley", "none"}) {
        boolean found =
            s.toLowerCase(Locale.ENGLISH).contains(word) || regionMatchesAnywhere(s, word);
        boolean ascii = s.toLowerCase(Locale.ROOT).contains(word) && isAscii(s);
        if (found) {
          assertTrue(Dom.mayContainIgnoreCase(s, word), s + " / " + word);
        }
        if (isAscii(s)) {
          assertEquals(ascii, Dom.containsAsciiIgnoreCase(s, word), s + " / " + word);
        }
      }
    }
  }

  /** Pieces of class names and sources, lookalike spellings included. */
  private static final String[] PIECES = {
    "emoji",
    "EMOJ\u0130",
    "emoj\u0131",
    "wp-smiley",
    "WP-\u017FMILEY",
    "twemoji",
    "/emoji/",
    "x",
    " ",
    "/",
    "smile",
    "moji",
    "img"
  };

  @Test
  void theEmojiPretestKeepsEveryEmojiImage() {
    Random random = new Random(5);
    int emoji = 0;
    for (int round = 0; round < 20_000; round++) {
      Element img = new Element("img");
      img.attr("class", pieces(random)).attr("src", pieces(random));
      if (Dom.css(EMOJI).matches(img, img)) {
        emoji++;
        String cls = img.className();
        assertTrue(
            Dom.mayContainIgnoreCase(cls, "emoji")
                || Dom.mayContainIgnoreCase(cls, "smiley")
                || Dom.mayContainIgnoreCase(img.attr("src"), "emoji"),
            img.outerHtml());
      }
    }
    assertTrue(emoji > 1000, "too few emoji images drawn: " + emoji);
  }

  private static String pieces(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static String randomText(Random random, int max) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(max);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static boolean regionMatchesAnywhere(String s, String word) {
    for (int i = 0; i + word.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }
}
