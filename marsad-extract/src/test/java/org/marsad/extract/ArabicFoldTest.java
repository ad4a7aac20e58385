package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A folded prefix is the start of the full fold, whatever spaces and marks the text holds. */
class ArabicFoldTest {

  @Test
  void foldPrefixIsTheStartOfTheFold() {
    for (String s :
        List.of(
            "  إقرأ   أيضاً: خبر آخر عن الطقس ",
            "اقــرأ\u00A0ايضا",
            "Read   More",
            "",
            "   ",
            "كلمات دلالية")) {
      String full = ArabicFold.foldArabic(s);
      for (int n = 0; n <= full.length() + 2; n++) {
        assertEquals(full.substring(0, Math.min(n, full.length())), ArabicFold.foldPrefix(s, n), s);
      }
    }
  }
}
