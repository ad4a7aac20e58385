package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words. A word is a run of letters, digits and combining marks, so a fully
 * vocalised word (كَتَبَ) or one with tatweel (جـميل) stays whole, and a ZWNJ between letters
 * (Persian می‌خواهم) does not split. Emoji, punctuation, symbols and controls are skipped. A run of
 * digits touching Arabic letters is split from them ("2024م" gives "2024" and "م"), because Arabic
 * glues unit letters to numbers, while Latin letters and digits stay together ("COVID19", "15th").
 */
public final class ArabicTokenizer {

  private static final int NONE = 0;
  private static final int ARABIC = 1;
  private static final int OTHER_LETTER = 2;
  private static final int DIGIT = 3;
  private static final int MARK = 4;

  private ArabicTokenizer() {}

  public static List<Token> tokenize(CharSequence s) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    long span;
    while ((span = next(s, pos)) >= 0) {
      int start = (int) (span >>> 32);
      int end = (int) span;
      tokens.add(new Token(s.subSequence(start, end).toString(), start, end));
      pos = end;
    }
    return tokens;
  }

  /**
   * The next word at or after {@code from}, packed as {@code start << 32 | end}, or -1 when there
   * is none. Lets scanners stream over a 10 MB line without materialising every token.
   */
  static long next(CharSequence s, int from) {
    int n = s.length();
    int i = from;
    int kind = NONE;
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      kind = classify(cp);
      if (kind != NONE && kind != MARK) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i >= n) {
      return -1;
    }
    int start = i;
    int prev = kind;
    i += Character.charCount(Character.codePointAt(s, i));
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      int k = classify(cp);
      if (k == NONE
          && isJoiner(cp)
          && i + 1 < n
          && isLetterKind(classify(Character.codePointAt(s, i + 1)))) {
        i++;
        continue;
      }
      if (k == NONE || splits(prev, k)) {
        break;
      }
      if (k != MARK) {
        prev = k;
      }
      i += Character.charCount(cp);
    }
    return ((long) start << 32) | i;
  }

  private static boolean splits(int prev, int k) {
    return (prev == DIGIT && k == ARABIC) || (prev == ARABIC && k == DIGIT);
  }

  private static boolean isLetterKind(int k) {
    return k == ARABIC || k == OTHER_LETTER;
  }

  private static boolean isJoiner(int cp) {
    return cp == 0x200C || cp == 0x200D;
  }

  private static int classify(int cp) {
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        return OTHER_LETTER;
      }
      return cp >= '0' && cp <= '9' ? DIGIT : NONE;
    }
    if (cp >= 0x0600 && cp <= 0x06FF) {
      return classifyArabicBlock(cp);
    }
    int type = Character.getType(cp);
    switch (type) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER:
        return isArabicScript(cp) ? ARABIC : OTHER_LETTER;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
        return MARK;
      default:
        return NONE;
    }
  }

  private static int classifyArabicBlock(int cp) {
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) {
      return DIGIT;
    }
    if (ArabicNormalizer.isArabicMark((char) cp)) {
      return MARK;
    }
    return Character.isLetter(cp) ? ARABIC : NONE;
  }

  static boolean isArabicScript(int cp) {
    return (cp >= 0x0600 && cp <= 0x06FF)
        || (cp >= 0x0750 && cp <= 0x077F)
        || (cp >= 0x08A0 && cp <= 0x08FF)
        || (cp >= 0xFB50 && cp <= 0xFDFF)
        || (cp >= 0xFE70 && cp <= 0xFEFF);
  }
}
