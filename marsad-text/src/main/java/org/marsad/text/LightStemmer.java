package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A light Arabic stemmer for recall, applied to {@link ArabicNormalizer} output. Without a lexicon
 * nobody can tell the conjunction in "وقال" from the root letter in "وزير", so instead of guessing
 * it returns every plausible reading (the word as is, and with each clitic prefix chain و/ف + ب/ك/ل
 * + ال/لل stripped), each then stripped of one pronoun or plural suffix. Query and document get the
 * same readings, so any clitic variant of a word shares at least its bare reading with the others.
 * Names from {@code protected-names.txt} stop the stripping: اللاذقية stays اللاذقيه (Lucene's
 * ArabicStemFilter gives لاذق) and مصطفى stays مصطفي.
 */
final class LightStemmer {

  private static final int MIN_STEM = 3;
  private static final String[] SUFFIXES = {
    "هما", "كما", "تين", "هم", "هن", "كم", "كن", "نا", "ها", "ات", "ون", "ين", "ان", "يه", "ه", "ي"
  };
  private static final Set<String> PROTECTED = loadProtected();

  private LightStemmer() {}

  /** The readings of a normalised token, the first being the most stripped one. */
  static List<String> stems(String w) {
    if (w.length() < MIN_STEM || !isArabicWord(w) || PROTECTED.contains(w)) {
      return List.of(w);
    }
    Set<String> out = new LinkedHashSet<>();
    List<String> readings = prefixReadings(w);
    for (int i = readings.size() - 1; i >= 0; i--) {
      String r = readings.get(i);
      if (PROTECTED.contains(r)) {
        out.add(r);
      } else {
        addSuffixReadings(r, out);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> prefixReadings(String w) {
    List<String> readings = new ArrayList<>(6);
    readings.add(w);
    if ((w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.length() - 1 >= MIN_STEM) {
      String rest = w.substring(1);
      readings.add(rest);
      if (!PROTECTED.contains(rest)) {
        addPrepositionReadings(rest, readings);
      }
    }
    addPrepositionReadings(w, readings);
    return readings;
  }

  private static void addPrepositionReadings(String r, List<String> readings) {
    addArticleReading(r, readings);
    char c = r.charAt(0);
    if ((c == 'ب' || c == 'ك' || c == 'ل') && r.length() - 1 >= MIN_STEM) {
      String rest = r.substring(1);
      readings.add(rest);
      if (!PROTECTED.contains(rest)) {
        addArticleReading(rest, readings);
      }
    }
  }

  private static void addArticleReading(String r, List<String> readings) {
    if ((r.startsWith("ال") || r.startsWith("لل"))
        && r.length() - 2 >= 2
        && !PROTECTED.contains(r)) {
      readings.add(r.substring(2));
    }
  }

  /** Adds the reading with one suffix stripped (or as is), plus the ة-stem when ت was exposed. */
  private static void addSuffixReadings(String r, Set<String> out) {
    for (String suffix : SUFFIXES) {
      if (r.endsWith(suffix) && r.length() - suffix.length() >= MIN_STEM) {
        String stem = r.substring(0, r.length() - suffix.length());
        out.add(stem);
        if (stem.endsWith("ت") && stem.length() - 1 >= MIN_STEM && suffix.length() > 1) {
          out.add(stem.substring(0, stem.length() - 1));
        }
        return;
      }
    }
    out.add(r);
  }

  private static boolean isArabicWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 0x0621 || c > 0x064A) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> loadProtected() {
    Set<String> names = new HashSet<>();
    ArabicNormalizer n = ArabicNormalizer.standard();
    try (InputStream in = LightStemmer.class.getResourceAsStream("protected-names.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          for (String word : n.normalize(line).split(" ")) {
            names.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("protected-names.txt is part of marsad-text", e);
    }
    return Set.copyOf(names);
  }
}
