package org.marsad.text;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The Lucene analyzers every stage indexes and queries with. Use the same one on both sides.
 *
 * <ul>
 *   <li>{@link #exact()}: the words as written, only NFKC and lower case (diacritics kept), for
 *       quoted searches that must respect spelling.
 *   <li>{@link #normalized()}: {@link ArabicNormalizer} on each token; positions are kept and no
 *       stop word is removed, so this is also the PHRASE-search field.
 *   <li>{@link #stemmed()}: normalised, then {@link LightStemmer}: clitics (و ف ب ك ل ال لل) and
 *       pronoun suffixes stripped, with every plausible reading emitted at the same position (so
 *       "وزير" matches both "الوزير" and a hypothetical "زير"-reading without guessing which is
 *       right), and known names protected from stemming.
 * </ul>
 */
public final class ArabicAnalyzers {

  private ArabicAnalyzers() {}

  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        MarsadLuceneTokenizer source = new MarsadLuceneTokenizer();
        return new TokenStreamComponents(source, new MapFilter(source, ArabicAnalyzers::exactForm));
      }
    };
  }

  public static Analyzer normalized() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        MarsadLuceneTokenizer source = new MarsadLuceneTokenizer();
        ArabicNormalizer n = ArabicNormalizer.standard();
        return new TokenStreamComponents(source, new MapFilter(source, n::normalize));
      }
    };
  }

  public static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        MarsadLuceneTokenizer source = new MarsadLuceneTokenizer();
        ArabicNormalizer n = ArabicNormalizer.standard();
        return new TokenStreamComponents(
            source, new StemFilter(new MapFilter(source, n::normalize)));
      }
    };
  }

  static String exactForm(String token) {
    return Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Replaces each term by a function of it; drops terms that map to nothing. */
  private static final class MapFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Function<String, String> map;

    MapFilter(TokenStream in, Function<String, String> map) {
      super(in);
      this.map = map;
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        String mapped = map.apply(term.toString());
        if (!mapped.isEmpty()) {
          term.setEmpty().append(mapped);
          return true;
        }
      }
      return false;
    }
  }

  /** Emits every stem reading of a term, the extra ones stacked at the same position. */
  private static final class StemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    StemFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        restoreState(state);
        term.setEmpty().append(pending.poll());
        posInc.setPositionIncrement(0);
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      List<String> stems = LightStemmer.stems(term.toString());
      term.setEmpty().append(stems.get(0));
      pending.addAll(stems.subList(1, stems.size()));
      state = captureState();
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
      state = null;
    }
  }
}
