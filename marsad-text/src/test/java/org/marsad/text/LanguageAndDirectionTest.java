package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAndDirectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ar|قال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة خلال الأسبوع المقبل لمناقشة الميزانية",
        "fa|این گزارش نشان می دهد که وضعیت اقتصادی کشور در سال گذشته بهتر شده است",
        "ur|یہ رپورٹ بتاتی ہے کہ ملک کی معاشی صورتحال پچھلے سال سے بہتر ہوئی ہے اور لوگ خوش ہیں",
        "ckb|ئەم ڕاپۆرتە دەریدەخات کە بارودۆخی ئابووری وڵات لە ساڵی ڕابردوودا باشتر بووە",
        "ps|دا راپور ښيي چې د هېواد اقتصادي وضعه تېر کال ښه شوې ده او خلک خوشحاله دي",
        "fr|Le ministre a déclaré que la réunion aura lieu dans la capitale la semaine prochaine",
        "en|The minister said that the meeting will be held in the capital next week to discuss the budget",
        "es|El ministro dijo que la reunión se celebrará en la capital la próxima semana",
        "ru|Министр заявил, что встреча пройдет в столице на следующей неделе",
      })
  void identifiesLanguages(String lang, String text) {
    LanguageGuess g = LanguageIdentifier.identify(text);
    assertEquals(lang, g.lang(), () -> text + " -> " + g);
    assertTrue(g.confidence() > 0.3 && g.confidence() <= 1.0, g.toString());
  }

  @Test
  void arabicWithForeignNamesStaysArabic() {
    LanguageGuess g =
        LanguageIdentifier.identify(
            "زار الرئيس ماكرون (Macron) مدينة باريس وقال إن فرنسا تدعم الحوار في المنطقة");
    assertEquals("ar", g.lang());
  }

  @Test
  void emptyOrLetterlessIsUndetermined() {
    assertEquals(new LanguageGuess("und", 0.0), LanguageIdentifier.identify(""));
    assertEquals(new LanguageGuess("und", 0.0), LanguageIdentifier.identify("12345 😀 !!! \uD800"));
  }

  @Test
  void shortTextsHaveLowerConfidence() {
    double shortConf = LanguageIdentifier.identify("قال").confidence();
    double longConf =
        LanguageIdentifier.identify("قال المتحدث إن الحكومة ستعمل على تحسين الخدمات في المدن")
            .confidence();
    assertTrue(shortConf < longConf, shortConf + " < " + longConf);
  }

  @Test
  void hugeMixedInputCompletes() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 10_000_000) {
      big.append("قال الوزير إن الاجتماع the minister 😀\uD800\u0000 ");
    }
    assertEquals("ar", LanguageIdentifier.identify(big).lang());
    assertEquals(Direction.RTL, TextDirection.of(big));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "قال الوزير|RTL",
        "AFP - قال الوزير إن الاجتماع انتهى|RTL",
        "The minister said|LTR",
        "Paris (AFP) — قال|LTR",
        "שלום עולם|RTL",
        "12345 !!! 😀|NEUTRAL",
        "\u202B\u202C|NEUTRAL",
        "\u200F|RTL",
      })
  void directionByMajority(String text, Direction expected) {
    assertEquals(expected, TextDirection.of(text));
  }

  @Test
  void tieIsBrokenByFirstStrongCharacter() {
    assertEquals(Direction.LTR, TextDirection.of("ab جد"));
    assertEquals(Direction.RTL, TextDirection.of("جد ab"));
  }
}
