package org.marsad.text;

/**
 * Switches for {@link ArabicNormalizer}. Each fold trades precision for recall: folding ة into ه
 * makes "مدرسة" and the common misspelling "مدرسه" match, at the cost of conflating a few pairs.
 */
public record NormalizerOptions(
    boolean foldTehMarbuta,
    boolean foldAlefMaqsura,
    boolean foldHamzaCarriers,
    boolean lowerCaseLatin) {

  /** Every fold on: what search and dedupe use. */
  public static NormalizerOptions defaults() {
    return new NormalizerOptions(true, true, true, true);
  }
}
