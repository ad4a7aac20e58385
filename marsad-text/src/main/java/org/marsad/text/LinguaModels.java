package org.marsad.text;

import static com.github.pemistahl.lingua.api.Language.ARABIC;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.PERSIAN;
import static com.github.pemistahl.lingua.api.Language.SPANISH;
import static com.github.pemistahl.lingua.api.Language.TURKISH;
import static com.github.pemistahl.lingua.api.Language.URDU;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The statistical half of language id: one Lingua detector, built on first use and shared. Lingua
 * keeps its n-gram models in static maps filled under a lock and the detector holds no per-call
 * state, so one instance serves every thread.
 *
 * <p>Languages: Arabic, Persian and Urdu for Arabic script (Lingua has no Kurdish or Pashto; those
 * are told by letters before Lingua is asked); French and English, which Arab outlets publish in;
 * Spanish, German, Italian and Turkish, the other Latin-script languages of outlets and wire copy
 * in the region, so that their text is named rather than forced into French or English. Every other
 * language is left out: each one costs heap and adds a chance of a wrong answer among closely
 * related languages (Catalan for French, Azerbaijani for Turkish) that no source publishes.
 *
 * <p>Low accuracy mode (trigrams only): about 16 MB of heap instead of about 280 MB; the two modes
 * agreed on all 3,153 sampled corpus articles and differed on one short sentence (docs/text.md).
 *
 * <p>The executable jar keeps only these nine languages' model files (a shade filter in
 * marsad-cli/pom.xml, which saves about 65 MB): a language added here must be added there too.
 */
final class LinguaModels {

  /** Lingua's answer: a BCP-47 code and how far ahead of the runner-up it is (0..1). */
  record Ranked(String lang, double margin) {}

  private static final Map<Language, String> CODES = codes();

  private LinguaModels() {}

  /** Initialisation-on-demand: the JVM builds the detector once, on first use, thread-safely. */
  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(CODES.keySet().toArray(Language[]::new))
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();
  }

  /**
   * Ranks {@code text} (letters of one script and spaces). Empty when Lingua finds no n-gram it
   * knows. The margin is one minus the runner-up's relative value: Lingua 1.2 gives the winner 1.0
   * and each other language the ratio of the log-probabilities, so the margin is the winner's lead
   * per n-gram, independent of the text length.
   */
  static Optional<Ranked> rank(String text) {
    SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(text);
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Language best = it.next().getKey();
    double second = it.hasNext() ? it.next().getValue() : 0.0;
    return Optional.ofNullable(CODES.get(best))
        .map(code -> new Ranked(code, Math.max(0.0, 1.0 - second)));
  }

  /** Builds the detector now (loads the models) instead of on the first call. */
  static void preload() {
    Objects.requireNonNull(Holder.DETECTOR);
  }

  private static Map<Language, String> codes() {
    Map<Language, String> m = new EnumMap<>(Language.class);
    m.put(ARABIC, "ar");
    m.put(PERSIAN, "fa");
    m.put(URDU, "ur");
    m.put(FRENCH, "fr");
    m.put(ENGLISH, "en");
    m.put(SPANISH, "es");
    m.put(GERMAN, "de");
    m.put(ITALIAN, "it");
    m.put(TURKISH, "tr");
    return m;
  }
}
