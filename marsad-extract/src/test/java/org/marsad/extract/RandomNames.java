package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random class-and-id strings for the tests of the name-word matchers: name words, pieces of them,
 * the separators {@code [\s_-]}, a digit and a letter beyond ASCII, joined at random.
 */
final class RandomNames {

  private static final String[] PARTS = {
    "ad",
    "ads",
    "advert",
    "comment",
    "comments",
    "post",
    "meta",
    "postmeta",
    "metadata",
    "author",
    "bio",
    "box",
    "toc",
    "most",
    "read",
    "table",
    "of",
    "contents",
    "nav",
    "x",
    "-",
    "_",
    " ",
    "\t",
    "\n",
    "content",
    "hidden",
    "é",
    "2"
  };

  private RandomNames() {}

  /** {@code count} strings of one to seven parts, the same for the same seed. */
  static List<String> draw(long seed, int count) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        b.append(PARTS[random.nextInt(PARTS.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }
}
