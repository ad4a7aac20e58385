package org.marsad.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicAnalyzers;

/**
 * Content terms of a text through the text layer's stemmed analysis, so that enrichment matches
 * words exactly as search does (clitics, hamza, diacritics, protected names). Lucene types stay
 * inside this class.
 */
final class Terms {

  private static final Analyzer STEMMED = ArabicAnalyzers.stemmed();

  private Terms() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = STEMMED.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return out;
  }
}
