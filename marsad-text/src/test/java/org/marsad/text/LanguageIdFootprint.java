package org.marsad.text;

import java.util.Locale;

/**
 * Measures what language id costs once loaded: heap held by the Lingua models (used memory after a
 * GC, before and after building the detector), the time to build it, and the time per call. Run in
 * a fresh JVM (see {@link LanguageIdFootprintTest}) because the models, once loaded, stay for the
 * life of the JVM. Prints one line of key=value pairs.
 */
public final class LanguageIdFootprint {

  private LanguageIdFootprint() {}

  public static void main(String[] args) {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    LinguaModels.preload();
    long loadNanos = System.nanoTime() - t0;
    long after = usedAfterGc();
    String article = article();
    String sentence = "Le gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs.";
    System.out.println(
        String.format(
            Locale.ROOT,
            "heapMB=%.1f loadMs=%d articleCallUs=%d sentenceCallUs=%d",
            (after - before) / 1e6,
            loadNanos / 1_000_000,
            microsPerCall(article),
            microsPerCall(sentence)));
  }

  private static long usedAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  /** Mean over 500 calls after 500 warm-up calls. */
  private static long microsPerCall(String text) {
    for (int i = 0; i < 500; i++) {
      LanguageIdentifier.identify(text);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < 500; i++) {
      LanguageIdentifier.identify(text);
    }
    return (System.nanoTime() - t0) / 500 / 1000;
  }

  /** About 4,000 characters of Arabic news prose written for this measurement. */
  private static String article() {
    String paragraph =
        "قال المتحدث باسم وزارة الزراعة إن موسم الحصاد هذا العام جاء أفضل من المتوقع رغم قلة الأمطار، "
            + "وأضاف أن الحكومة ستشتري القمح من المزارعين بأسعار مشجعة وستفتح مراكز جديدة للتخزين في المحافظات الشمالية. ";
    return paragraph.repeat(4000 / paragraph.length() + 1);
  }
}
