package org.marsad.text;

import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a text. Script first: Arabic-script languages are told apart by the
 * letters only they use (Urdu ے ں ٹ, Pashto ټ ښ ږ, Sorani Kurdish ڕ ڵ ێ ۆ ە, Persian ی ک پ چ ژ گ
 * against Arabic ي ك ة), then by a few very frequent function words; Latin-script text by a
 * stop-word profile ({@link LatinProfiles}). Only the first 64K characters are read: enough for any
 * decision, and it bounds the cost on huge inputs. Confidence is the winner's share of the evidence,
 * damped for short texts.
 */
public final class LanguageIdentifier {

  private static final int MAX_CHARS = 65_536;
  private static final String URDU = "\u0679\u0688\u0691\u06BA\u06D2\u06C1\u06BE";
  private static final String PASHTO = "\u067C\u0689\u0693\u0696\u069A\u0681\u0685\u06BC\u06CD\u06D0";
  private static final String SORANI = "\u0695\u06B5\u06C6\u06CE\u06D5";
  private static final String PERSIAN_ONLY = "\u06CC\u06A9\u067E\u0686\u0698\u06AF";
  private static final String ARABIC_ONLY = "\u064A\u0643\u0629\u0649";
  private static final Set<String> ARABIC_WORDS = Set.of("في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "قال");
  private static final Set<String> PERSIAN_WORDS = Set.of("است", "این", "که", "را", "می", "با", "برای", "آن", "شد", "هم");

  private LanguageIdentifier() {}

  public static LanguageGuess identify(CharSequence text) {
    CharSequence t = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
    ScriptCounts counts = ScriptCounts.of(t);
    if (counts.letters() == 0) {
      return new LanguageGuess("und", 0.0);
    }
    if (counts.arabic() >= counts.latin() && counts.arabic() >= counts.other()) {
      return arabicScript(t, counts);
    }
    if (counts.latin() >= counts.other()) {
      return LatinProfiles.identify(t, counts.latin());
    }
    return new LanguageGuess(counts.otherLang(), scale(counts.other(), counts.letters(), counts.other()));
  }

  private static LanguageGuess arabicScript(CharSequence t, ScriptCounts c) {
    double urdu = share(t, URDU);
    double pashto = share(t, PASHTO);
    double sorani = share(t, SORANI);
    double persian = share(t, PERSIAN_ONLY);
    double arabic = share(t, ARABIC_ONLY);
    double[] words = functionWords(t);
    persian += words[1] * 0.5;
    arabic += words[0] * 0.5;
    Map<String, Double> scores =
        Map.of("ur", urdu * 3, "ps", pashto * 4, "ckb", sorani * 3, "fa", persian, "ar", arabic);
    String best = "ar";
    double total = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      total += e.getValue();
      if (e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    double purity = total == 0 ? 0.5 : scores.get(best) / total;
    return new LanguageGuess(best, scale(purity * c.arabic(), c.letters(), c.arabic()));
  }

  /** Share of Arabic-script letters that are in {@code set}. */
  private static double share(CharSequence t, String set) {
    int hits = 0;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch >= 0x0620 && ch <= 0x06FF && Character.isLetter(ch)) {
        letters++;
        if (set.indexOf(ch) >= 0) {
          hits++;
        }
      }
    }
    return letters == 0 ? 0 : (double) hits / letters;
  }

  /** Share of words that are frequent Arabic / Persian function words. */
  private static double[] functionWords(CharSequence t) {
    int arabic = 0;
    int persian = 0;
    int words = 0;
    long span;
    int pos = 0;
    while ((span = ArabicTokenizer.next(t, pos)) >= 0) {
      int start = (int) (span >>> 32);
      pos = (int) span;
      String w = t.subSequence(start, pos).toString();
      words++;
      arabic += ARABIC_WORDS.contains(w) ? 1 : 0;
      persian += PERSIAN_WORDS.contains(w) ? 1 : 0;
    }
    return words == 0 ? new double[] {0, 0} : new double[] {(double) arabic / words, (double) persian / words};
  }

  /** Confidence: evidence weight over all letters, damped below 40 letters of the winning script. */
  static double scale(double weight, int letters, int scriptLetters) {
    double base = Math.min(1.0, weight / Math.max(1, letters));
    double damp = Math.min(1.0, scriptLetters / 40.0);
    return Math.round(base * damp * 1000) / 1000.0;
  }

  /** Letter counts by script. */
  record ScriptCounts(int arabic, int latin, int other, int letters, String otherLang) {
    static ScriptCounts of(CharSequence t) {
      int arabic = 0;
      int latin = 0;
      int[] others = new int[OTHER_SCRIPTS.length];
      int other = 0;
      for (int i = 0; i < t.length(); ) {
        int cp = Character.codePointAt(t, i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.ARABIC) {
          arabic++;
        } else if (script == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          other++;
          others[otherIndex(script)]++;
        }
      }
      int best = 0;
      for (int k = 1; k < others.length; k++) {
        best = others[k] > others[best] ? k : best;
      }
      return new ScriptCounts(arabic, latin, other, arabic + latin + other, OTHER_LANGS[best]);
    }
  }

  private static final Character.UnicodeScript[] OTHER_SCRIPTS = {
    Character.UnicodeScript.COMMON, Character.UnicodeScript.HEBREW, Character.UnicodeScript.CYRILLIC,
    Character.UnicodeScript.GREEK, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
    Character.UnicodeScript.HANGUL, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.ARMENIAN
  };
  /** Main language per script; "und" where a script is shared by too many. */
  private static final String[] OTHER_LANGS = {"und", "he", "ru", "el", "zh", "ja", "ko", "hi", "hy"};

  private static int otherIndex(Character.UnicodeScript script) {
    for (int k = 1; k < OTHER_SCRIPTS.length; k++) {
      if (OTHER_SCRIPTS[k] == script) {
        return k;
      }
    }
    return 0;
  }
}
