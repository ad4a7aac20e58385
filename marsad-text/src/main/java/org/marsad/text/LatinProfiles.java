package org.marsad.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin-script language profiles: the most frequent function words of each language Arab outlets
 * publish in (French and English above all), written for this project. Function words make up
 * 30-50% of running text, so a few dozen per language separate them reliably from about ten words;
 * no maintained small library on Maven Central does better without megabytes of models.
 */
final class LatinProfiles {

  private static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
              "by", "he", "are", "from", "at", "this", "have", "has", "be", "said", "not", "but", "they",
              "which", "were", "an", "their", "who", "will", "would", "been", "its", "after", "over"),
          "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "dans", "que", "qui",
              "pour", "pas", "sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "par", "plus", "ont",
              "été", "mais", "ou", "selon", "leur", "cette", "son", "sa", "ses", "lors", "contre"),
          "es", Set.of("el", "los", "las", "del", "y", "en", "que", "por", "con", "para", "una", "es",
              "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "este", "esta", "según"),
          "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu", "ein",
              "eine", "auf", "für", "sich", "im", "auch", "wird", "wurde", "nach", "bei", "aus", "sie"),
          "it", Set.of("il", "di", "che", "della", "delle", "degli", "per", "non", "sono", "nel", "nella",
              "gli", "dei", "anche", "questo", "è", "alla", "con", "ha", "dal", "una", "come"),
          "tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "çok", "daha",
              "gibi", "ama", "ancak", "sonra", "kadar", "şu", "ne", "mi", "değil"));

  private LatinProfiles() {}

  static LanguageGuess identify(CharSequence t, int latinLetters) {
    Map<String, int[]> hits = Map.of("en", new int[1], "fr", new int[1], "es", new int[1],
        "de", new int[1], "it", new int[1], "tr", new int[1]);
    int words = 0;
    int pos = 0;
    long span;
    while ((span = ArabicTokenizer.next(t, pos)) >= 0) {
      int start = (int) (span >>> 32);
      pos = (int) span;
      String w = t.subSequence(start, pos).toString().toLowerCase(Locale.ROOT);
      words++;
      for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.get(e.getKey())[0]++;
        }
      }
    }
    return decide(hits, words, latinLetters);
  }

  private static LanguageGuess decide(Map<String, int[]> hits, int words, int latinLetters) {
    String best = "und";
    int bestHits = 0;
    int total = 0;
    for (Map.Entry<String, int[]> e : hits.entrySet()) {
      int h = e.getValue()[0];
      total += h;
      if (h > bestHits || (h == bestHits && h > 0 && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestHits = h;
      }
    }
    if (bestHits == 0) {
      return new LanguageGuess("und", 0.0);
    }
    double purity = (double) bestHits / total;
    double density = Math.min(1.0, bestHits / (0.15 * Math.max(1, words)));
    double damp = Math.min(1.0, latinLetters / 40.0);
    return new LanguageGuess(best, Math.round(purity * density * damp * 1000) / 1000.0);
  }
}
