package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bounded fold is the full fold or nothing, whatever spaces and marks the text holds. */
class ArabicFoldTest {

  @Test
  void aBoundedFoldIsTheFullFoldOrNothing() {
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
        assertEquals(
            n >= full.length() ? Optional.of(full) : Optional.empty(),
            ArabicFold.foldArabic(s, n),
            s);
      }
    }
  }
}
