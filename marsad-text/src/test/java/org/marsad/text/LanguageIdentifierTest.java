package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lingua-backed language id on short news sentences written for this test. */
class LanguageIdentifierTest {

  /** Persian-keyboard and Arabic-only letters: the fixtures below must contain none of them. */
  private static final String SCRIPT_SPECIFIC =
      "\u06CC\u06A9\u067E\u0686\u0698\u06AF\u064A\u0643\u0629\u0649";

  @Test
  void theLetterScriptTableAnswersAsTheJdkDoesForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int c = cp;
      Character.UnicodeScript expected =
          Character.isLetter(c) ? Character.UnicodeScript.of(c) : null;
      assertEquals(
          expected, LanguageIdentifier.letterScript(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Le gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs.",
        "en|The government announced new measures for farmers on Tuesday.",
        "es|El gobierno anunció el martes nuevas medidas para los agricultores.",
        "fr|Les élections auront lieu en juin.",
        "en|The elections will take place in June.",
        "es|Las elecciones se celebrarán en junio.",
        "fr|Le port de Beyrouth a rouvert ses portes aux navires.",
        "en|The port of Beirut reopened to ships after the blast.",
        "es|El puerto de Beirut volvió a abrir sus puertas.",
        "de|Die Regierung in Berlin verlängert die Hilfen für Familien.",
        "it|Il governo ha annunciato oggi nuove misure per le famiglie.",
        "tr|Hükümet bugün aileler için yeni önlemler açıkladı.",
      })
  void tellsLatinNewsSentencesApart(String lang, String text) {
    LanguageGuess g = LanguageIdentifier.identify(text);
    assertEquals(lang, g.lang(), () -> text + " -> " + g);
    assertTrue(g.confidence() >= 0.8, g::toString);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fa|آنها امروز در تهران با هم ملاقات داشتند",
        "fa|دولت امروز طرح تازه را به مجلس برد",
        "fa|سازمان ملل از دولت خواست آتش بس را محترم بشمارد",
        "fa|او در تهران است",
        "ar|أعلن الجهاز أن الهدوء عاد الأحد",
        "ar|قال المتحدث إن المحادثات ستستأنف غدا",
        "ar|أصدر البرلمان قرارا بمد العمل بالقانون عاما آخر",
      })
  void persianAndArabicWithoutScriptSpecificLetters(String lang, String text) {
    assertTrue(
        text.chars().noneMatch(ch -> SCRIPT_SPECIFIC.indexOf(ch) >= 0),
        "fixture uses a telling letter");
    LanguageGuess g = LanguageIdentifier.identify(text);
    assertEquals(lang, g.lang(), () -> text + " -> " + g);
    assertTrue(g.confidence() >= 0.5, g::toString);
  }

  @Test
  void persianTypedWithArabicLettersIsPersian() {
    LanguageGuess g =
        LanguageIdentifier.identify(
            "وزير خارجه امروز در تهران با سفير فرانسه ديدار كرد و درباره روابط دو كشور گفتگو كرد");
    assertEquals("fa", g.lang(), g::toString);
  }

  @Test
  void arabicTypedOnAPersianKeyboardIsArabic() {
    LanguageGuess g =
        LanguageIdentifier.identify(
            "قال المتحدث باسم الوزارة إن الاجتماع الذی عقد فی العاصمة ناقش ملفات كثیرة أھمھا الكھرباء والمیاه والطرق");
    assertEquals("ar", g.lang(), g::toString);
  }

  @Test
  void frenchTextQuotingArabicIsFrench() {
    String text =
        "Le président a reçu lundi le ministre des affaires étrangères, qui lui a remis un message "
            + "selon un communiqué : « نحن ملتزمون بالحوار » a-t-il ajouté.";
    LanguageGuess mixed = LanguageIdentifier.identify(text);
    assertEquals("fr", mixed.lang(), mixed::toString);
    LanguageGuess pure = LanguageIdentifier.identify(text.replace("« نحن ملتزمون بالحوار »", ""));
    assertTrue(mixed.confidence() < pure.confidence(), mixed + " < " + pure);
  }

  @Test
  void arabicTextQuotingFrenchIsArabic() {
    String text =
        "أعلنت الحكومة اليوم عن خطة جديدة للاستثمار، وقال الوزير للصحافيين في المؤتمر: "
            + "« Nous allons investir dans les régions » قبل أن يغادر القاعة.";
    LanguageGuess g = LanguageIdentifier.identify(text);
    assertEquals("ar", g.lang(), g::toString);
    assertTrue(g.confidence() > 0.5 && g.confidence() < 1.0, g::toString);
  }

  @Test
  void shortLatinTextIsDamped() {
    LanguageGuess tiny = LanguageIdentifier.identify("Le président");
    LanguageGuess full =
        LanguageIdentifier.identify(
            "Le président a reçu lundi le ministre des affaires étrangères.");
    assertEquals("fr", tiny.lang());
    assertTrue(tiny.confidence() <= 11.0 / LanguageIdentifier.SHORT_LETTERS, tiny::toString);
    assertTrue(tiny.confidence() < full.confidence(), tiny + " < " + full);
  }

  @Test
  void linguaSeesOnlyTheLettersOfOneScript() {
    assertEquals(
        "Le président a dit",
        LanguageIdentifier.lettersOf(
            "Le président (الرئيس) a dit: 2024!", Character.UnicodeScript.LATIN));
    assertEquals(
        "الرئيس كتب",
        LanguageIdentifier.lettersOf(
            "الرَّئِيسُ Macron كتـــب 😀", Character.UnicodeScript.ARABIC));
  }

  @Test
  void oneSharedDetectorAnswersTheSameFromManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "The minister said the talks would resume.",
            "Le ministre a dit que les discussions reprendront.",
            "قال الوزير إن المحادثات ستستأنف",
            "او در تهران است");
    List<LanguageGuess> expected = texts.stream().map(LanguageIdentifier::identify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LanguageGuess>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = texts.get(i % texts.size());
        futures.add(pool.submit(() -> LanguageIdentifier.identify(text)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
