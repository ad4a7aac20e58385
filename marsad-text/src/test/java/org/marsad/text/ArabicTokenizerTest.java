package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

  private static List<String> words(String s) {
    return ArabicTokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void keepsVocalisedWordsWhole() {
    assertEquals(
        List.of("كَتَبَ", "الطَّالِبُ", "الدَّرْسَ"), words("كَتَبَ الطَّالِبُ الدَّرْسَ."));
  }

  @Test
  void keepsTatweelAndZwnjInsideWords() {
    assertEquals(List.of("جـمـيل", "می\u200Cخواهم"), words("جـمـيل، می\u200Cخواهم!"));
  }

  @Test
  void skipsEmojiAndPunctuation() {
    assertEquals(List.of("عاجل", "خبر"), words("😀 عاجل!!! «خبر» 👍🏽 ..."));
  }

  @Test
  void latinAndDigitWords() {
    assertEquals(
        List.of("COVID19", "15th", "Jean", "Marc", "l", "armée"),
        words("COVID19, 15th Jean-Marc l'armée"));
  }

  @Test
  void splitsDigitsFromArabicLetters() {
    assertEquals(List.of("2024", "م", "١٤٤٦", "هـ"), words("2024م ١٤٤٦هـ"));
  }

  @Test
  void offsetsPointIntoTheSource() {
    String s = "😀 قال: «نعم»";
    for (Token t : ArabicTokenizer.tokenize(s)) {
      assertEquals(t.text(), s.substring(t.start(), t.end()));
    }
    assertEquals(3, ArabicTokenizer.tokenize(s).get(0).start());
  }

  @Test
  void badInputNeverThrows() {
    assertEquals(List.of("ا", "ب"), words("\uD800ا\uDC00\u0000ب\u0007"));
    assertEquals(List.of(), words("\u064E\u064F ... \u0301"));
    assertEquals(List.of(), words(""));
  }

  @Test
  void tenMegabyteLineCompletes() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 10_000_000) {
      big.append("كَلِمة word ١٢ 😀\uD800, ");
    }
    List<Token> tokens = ArabicTokenizer.tokenize(big);
    assertTrue(tokens.size() > 1_000_000);
  }
}
