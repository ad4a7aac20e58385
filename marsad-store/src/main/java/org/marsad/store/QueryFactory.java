package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns plain user text into index queries and highlights matches. User text is never parsed as a
 * query language: words must all match (in some form), "quoted text" must match as a phrase. Exact
 * forms outrank normalised forms, which outrank stems; titles outrank bodies.
 */
final class QueryFactory {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final int MAX_QUERY_CHARS = 500;

  private record Weighted(String field, float boost) {}

  private static final List<Weighted> FIELDS =
      List.of(
          new Weighted("title.exact", 6f),
          new Weighted("title.norm", 4f),
          new Weighted("title.stem", 3f),
          new Weighted("tags.norm", 3f),
          new Weighted("tags.stem", 2f),
          new Weighted("body.exact", 2f),
          new Weighted("body.norm", 1.5f),
          new Weighted("body.stem", 1f));

  private final Analyzer analyzer;

  QueryFactory(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A query for what a person typed; empty when it has no searchable word. */
  Optional<Query> forUserText(String text) {
    String q = text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
    List<Query> parts = new ArrayList<>();
    Matcher m = QUOTED.matcher(q);
    while (m.find()) {
      phrase(m.group(1)).ifPresent(parts::add);
    }
    for (String word : QUOTED.matcher(q).replaceAll(" ").split("\\s+")) {
      if (!word.isBlank()) {
        anyField(word, false).ifPresent(parts::add);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parts.forEach(p -> all.add(p, Occur.MUST));
    return Optional.of(all.build());
  }

  private Optional<Query> phrase(String text) {
    return anyField(text, true);
  }

  private Optional<Query> anyField(String text, boolean phrase) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> alternatives = new ArrayList<>();
    for (Weighted f : FIELDS) {
      Query q =
          phrase
              ? builder.createPhraseQuery(f.field(), text)
              : builder.createBooleanQuery(f.field(), text, Occur.MUST);
      if (q != null) {
        alternatives.add(new BoostQuery(q, f.boost()));
      }
    }
    return alternatives.isEmpty()
        ? Optional.empty()
        : Optional.of(new DisjunctionMaxQuery(alternatives, 0.1f));
  }

  /** Coverage similar to a title, from other outlets than {@code sourceKey}. */
  Optional<Query> similarTo(String title, String sourceKey) {
    Query terms = new QueryBuilder(analyzer).createMinShouldMatchQuery("title.stem", title, 0.3f);
    Query body = new QueryBuilder(analyzer).createBooleanQuery("body.stem", title, Occur.SHOULD);
    if (terms == null || body == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BooleanQuery.Builder()
            .add(new BoostQuery(terms, 3f), Occur.MUST)
            .add(body, Occur.SHOULD)
            .add(new TermQuery(new Term(SearchIndex.SOURCE, sourceKey)), Occur.MUST_NOT)
            .build());
  }

  /** The best fragment of the body with matches in {@code <mark>}, HTML-escaped; else its start. */
  String fragment(Query query, String body) {
    Highlighter h =
        new Highlighter(
            new SimpleHTMLFormatter("<mark>", "</mark>"),
            new SimpleHTMLEncoder(),
            new QueryScorer(query, "body.stem"));
    try {
      String best = h.getBestFragments(analyzer.tokenStream("body.stem", body), body, 2, " … ");
      if (best != null && !best.isBlank()) {
        return best;
      }
    } catch (IOException | InvalidTokenOffsetsException e) {
      // A fragment is a nicety: fall through to the plain excerpt.
    }
    return SimpleHTMLEncoder.htmlEncode(ArticleQueries.excerpt(body));
  }
}
