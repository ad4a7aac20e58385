package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  private final ArabicNormalizer n = ArabicNormalizer.standard();

  @Test
  void removesDiacriticsAndTatweel() {
    assertEquals("كتب الطالب درسه", n.normalize("كَتَبَ الطّـــالِبُ دَرْسَهُ"));
  }

  @Test
  void foldsAlefAndHamzaForms() {
    assertEquals("اسد امام اخر الله", n.normalize("أسد إمام آخر ٱلله"));
    assertEquals("مسوول سايل", n.normalize("مسؤول سائل"));
  }

  @Test
  void foldsYehAndTehMarbutaPerOptions() {
    assertEquals("مصطفي في المدرسه", n.normalize("مصطفى في المدرسة"));
    ArabicNormalizer keep =
        ArabicNormalizer.withOptions(new NormalizerOptions(false, false, false, false));
    assertEquals("مصطفى في المدرسة مسؤول ABC", keep.normalize("مصطفى في المدرسة مسؤول ABC"));
  }

  @Test
  void foldsPersianLettersAndDigits() {
    assertEquals("كتاب يوم 2024 و 1403", n.normalize("کتاب یوم ٢٠٢٤ و ۱۴۰۳"));
  }

  @Test
  void decomposesPresentationForms() {
    assertEquals("لا اله الا الله", n.normalize("ﻻ إله إلا ﷲ"));
    assertEquals("السلام", n.normalize("ﺍﻟﺴﻼﻡ"));
    assertEquals("file", n.normalize("ﬁle"));
  }

  @Test
  void removesBidiAndZeroWidthControls() {
    String marked = "\u202Bقال\u202C \u200Fالوزير\u200E \u2067نعم\u2069\u061C\uFEFF\u200B";
    assertEquals("قال الوزير نعم", n.normalize(marked));
    assertEquals("ميخواهم", n.normalize("می\u200Cخواهم"));
  }

  @Test
  void foldsWhitespaceAndControls() {
    assertEquals("a b c d", n.normalize("  A\t\u00A0b\u0000\u0001 \n\r c\u2003\u3000D  "));
  }

  @Test
  void keepsEmojiAndEmojiSequences() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String s = "خبر 😀 عاجل " + family + " 🇵🇸";
    String out = n.normalize(s);
    assertEquals("خبر 😀 عاجل " + family + " 🇵🇸", out);
    assertEquals(
        s.codePoints().filter(Character::isSupplementaryCodePoint).count(),
        out.codePoints().filter(Character::isSupplementaryCodePoint).count());
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    String out = n.normalize("أ\uD800ب\uDC00ج\uD83D");
    assertEquals("ا\uFFFDب\uFFFDج\uFFFD", out);
    assertTrue(isWellFormed(out));
  }

  @Test
  void isIdempotentOnHardStrings() {
    String[] hard = {
      "ﻻ \u202Bأَهْلاً\u202C ﷺ 😀\uD800 ١٢ ﷲ",
      "\u0000\u0085\u2028\u2029x",
      "ـــ",
      "\uDBFF\uDFFF\uDC00",
      "ﹰﹱ",
      "الـ٢٠٢٤م"
    };
    for (String h : hard) {
      String once = n.normalize(h);
      assertEquals(once, n.normalize(once), h);
      assertTrue(isWellFormed(once), h);
      String roundTrip = new String(once.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      assertEquals(once, roundTrip);
    }
  }

  @Test
  void oneInstanceServesManyThreads() {
    List<String> inputs =
        java.util.stream.IntStream.range(0, 2000)
            .mapToObj(i -> "أَهْلاً " + i + " ﻻ مُصْطَفَى 😀")
            .toList();
    List<String> serial = inputs.stream().map(n::normalize).toList();
    List<String> parallel = inputs.parallelStream().map(n::normalize).toList();
    assertEquals(serial, parallel);
  }

  @Test
  void emptyAndBlankGiveEmpty() {
    assertEquals("", n.normalize(""));
    assertEquals("", n.normalize(" \u200F\t "));
    assertFalse(n.normalize("ـ").contains("ـ"));
  }

  @Test
  void tenMegabyteLineCompletes() {
    String unit = "قَالَ ﻻ 😀\uD800\u202B A١ ";
    StringBuilder big = new StringBuilder(10_500_000);
    while (big.length() < 10_000_000) {
      big.append(unit);
    }
    String out = n.normalize(big);
    assertTrue(out.length() > 5_000_000);
    assertTrue(isWellFormed(out));
  }

  static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
