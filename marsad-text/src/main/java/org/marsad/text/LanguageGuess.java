package org.marsad.text;

/**
 * An ISO 639 code ("ar", "fa", "ur", "ckb", "ps", "fr", "en", ..., or "und") and a 0..1 confidence.
 */
public record LanguageGuess(String lang, double confidence) {}
