package org.marsad.text;

import java.util.Map;
import java.util.Optional;

/**
 * Identifies the language of a text. Script first: the script with most letters decides the family.
 * In Arabic script, letters only one language uses decide when they are there (Urdu ے ں ٹ, Pashto ټ
 * ښ ږ, Sorani Kurdish ڕ ڵ ێ ۆ ە, Persian ی ک پ چ ژ گ against Arabic ي ك ة ى), because Lingua has no
 * Kurdish or Pashto models and a keyboard letter says more than a short text's n-grams; only a
 * Persian verdict can be overruled, by Lingua sure that the words are Arabic. Otherwise, and for
 * Latin script, Lingua ({@link LinguaModels}) ranks the words of that script. Other scripts map to
 * their main language. Only the first 64K characters are read, and Lingua sees at most {@value
 * #LINGUA_LETTERS} letters: enough for any decision, and it bounds the cost.
 */
public final class LanguageIdentifier {

  private static final int MAX_CHARS = 65_536;
  static final int LINGUA_LETTERS = 300;

  /** Below this many letters of the winning script the confidence is scaled down. */
  static final int SHORT_LETTERS = 20;

  /** Lingua margin (winner's lead per n-gram) from which the choice counts as certain. */
  static final double SURE_MARGIN = 0.2;

  /** ٹ ڈ ڑ ں ے: not ہ ھ, which Arabic typed on Urdu or Persian keyboards uses for ه. */
  private static final String URDU = "\u0679\u0688\u0691\u06BA\u06D2";

  private static final String PASHTO =
      "\u067C\u0689\u0693\u0696\u069A\u0681\u0685\u06BC\u06CD\u06D0";
  private static final String SORANI = "\u0695\u06B5\u06C6\u06CE\u06D5";
  private static final String PERSIAN_ONLY = "\u06CC\u06A9\u067E\u0686\u0698\u06AF";
  private static final String ARABIC_ONLY = "\u064A\u0643\u0629\u0649";

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
      return byLingua(t, Character.UnicodeScript.LATIN, counts.latin(), counts);
    }
    return new LanguageGuess(
        counts.otherLang(), scale(counts.other(), counts.letters(), counts.other()));
  }

  /**
   * Letters first. Persian's ی ک are also what Arabic typed on a Persian keyboard looks like, so
   * Lingua, asked about the text with those letters folded to ي ك, may overrule a Persian verdict
   * when it is sure that the words are Arabic.
   */
  private static LanguageGuess arabicScript(CharSequence t, ScriptCounts c) {
    Optional<LanguageGuess> letters = byLetters(t, c);
    if (letters.isPresent() && !letters.get().lang().equals("fa")) {
      return letters.get();
    }
    String folded =
        lettersOf(t, Character.UnicodeScript.ARABIC)
            .replace('\u06CC', '\u064A')
            .replace('\u06A9', '\u0643')
            .replace('\u06BE', '\u0647')
            .replace('\u06C1', '\u0647');
    Optional<LinguaModels.Ranked> ranked = LinguaModels.rank(folded);
    boolean sureArabic =
        ranked.filter(r -> r.lang().equals("ar") && r.margin() >= SURE_MARGIN).isPresent();
    return letters.filter(l -> !sureArabic).orElseGet(() -> guess(ranked, c.arabic(), c));
  }

  /** Urdu, Pashto, Sorani or Persian when their own letters outweigh Arabic's; empty otherwise. */
  private static Optional<LanguageGuess> byLetters(CharSequence t, ScriptCounts c) {
    Map<String, Double> scores =
        Map.of(
            "ur",
            share(t, URDU) * 3,
            "ps",
            share(t, PASHTO) * 4,
            "ckb",
            share(t, SORANI) * 3,
            "fa",
            share(t, PERSIAN_ONLY),
            "ar",
            share(t, ARABIC_ONLY));
    String best = "ar";
    double total = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      total += e.getValue();
      if (e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    if (best.equals("ar")) {
      return Optional.empty();
    }
    double purity = scores.get(best) / total;
    return Optional.of(
        new LanguageGuess(best, scale(purity * c.arabic(), c.letters(), c.arabic())));
  }

  /** Lingua's choice over the letters of {@code script}. */
  private static LanguageGuess byLingua(
      CharSequence t, Character.UnicodeScript script, int scriptLetters, ScriptCounts c) {
    return guess(LinguaModels.rank(lettersOf(t, script)), scriptLetters, c);
  }

  /**
   * Confidence from Lingua's margin, purity and length; "und" when Lingua knew none of the n-grams.
   */
  private static LanguageGuess guess(
      Optional<LinguaModels.Ranked> ranked, int scriptLetters, ScriptCounts c) {
    return ranked
        .map(
            r ->
                new LanguageGuess(
                    r.lang(),
                    scale(
                        Math.min(1.0, r.margin() / SURE_MARGIN) * scriptLetters,
                        c.letters(),
                        scriptLetters)))
        .orElse(new LanguageGuess("und", 0.0));
  }

  /**
   * The words of one script, at most {@value #LINGUA_LETTERS} letters: other letters, digits and
   * punctuation become spaces, so a French name in Arabic text does not add French n-grams;
   * combining marks (Arabic vowel signs) and tatweel are dropped so that vocalised or stretched
   * words stay whole.
   */
  static String lettersOf(CharSequence t, Character.UnicodeScript script) {
    StringBuilder b = new StringBuilder();
    int letters = 0;
    for (int i = 0; i < t.length() && letters < LINGUA_LETTERS; ) {
      int cp = Character.codePointAt(t, i);
      i += Character.charCount(cp);
      if (letterScript(cp) == script) {
        b.appendCodePoint(cp);
        letters++;
      } else if (!isMarkOrTatweel(cp) && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    return b.toString().strip();
  }

  private static boolean isMarkOrTatweel(int cp) {
    return cp == 0x0640 || Character.getType(cp) == Character.NON_SPACING_MARK;
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

  /**
   * Confidence: evidence weight over all letters (letters of other scripts lower it), damped below
   * {@value #SHORT_LETTERS} letters of the winning script.
   */
  static double scale(double weight, int letters, int scriptLetters) {
    double base = Math.min(1.0, weight / Math.max(1, letters));
    double damp = Math.min(1.0, scriptLetters / (double) SHORT_LETTERS);
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
        Character.UnicodeScript script = letterScript(cp);
        if (script == null) {
          continue;
        }
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

  /**
   * Code points below this have their letter's script in {@link #LETTER_SCRIPTS}: Latin, Greek,
   * Cyrillic, Armenian, Hebrew and Arabic. {@code UnicodeScript.of} is a binary search over the
   * script ranges, and the counts ask it for every letter of up to 64K characters.
   */
  private static final int TABLED = 0x0800;

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  /** Per code point below {@link #TABLED}: 0 for a non-letter, else its script's ordinal + 1. */
  private static final byte[] LETTER_SCRIPTS = letterScripts();

  private static byte[] letterScripts() {
    if (SCRIPTS.length > 255) {
      throw new IllegalStateException(SCRIPTS.length + " scripts do not fit the table's bytes");
    }
    byte[] t = new byte[TABLED];
    for (int cp = 0; cp < TABLED; cp++) {
      t[cp] = (byte) (Character.isLetter(cp) ? Character.UnicodeScript.of(cp).ordinal() + 1 : 0);
    }
    return t;
  }

  /** The script of a letter, null for any other code point. */
  static Character.UnicodeScript letterScript(int cp) {
    if (cp < TABLED) {
      int s = LETTER_SCRIPTS[cp] & 0xFF;
      return s == 0 ? null : SCRIPTS[s - 1];
    }
    return Character.isLetter(cp) ? Character.UnicodeScript.of(cp) : null;
  }

  private static final Character.UnicodeScript[] OTHER_SCRIPTS = {
    Character.UnicodeScript.COMMON, Character.UnicodeScript.HEBREW,
        Character.UnicodeScript.CYRILLIC,
    Character.UnicodeScript.GREEK, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
    Character.UnicodeScript.HANGUL, Character.UnicodeScript.DEVANAGARI,
        Character.UnicodeScript.ARMENIAN
  };

  /** Main language per script; "und" where a script is shared by too many. */
  private static final String[] OTHER_LANGS = {
    "und", "he", "ru", "el", "zh", "ja", "ko", "hi", "hy"
  };

  private static int otherIndex(Character.UnicodeScript script) {
    for (int k = 1; k < OTHER_SCRIPTS.length; k++) {
      if (OTHER_SCRIPTS[k] == script) {
        return k;
      }
    }
    return 0;
  }
}
