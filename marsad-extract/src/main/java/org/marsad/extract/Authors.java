package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's authors: JSON-LD, then author meta tags, then visible byline markup. One declared
 * name often holds several people ("Felix Schröder und Jörg Soldwisch, dpa", "أحمد علي و سارة
 * حسن"): it is split into one entry per person.
 */
final class Authors {

  private static final Pattern URLISH = Pattern.compile("^(https?:)?//.*");
  private static final Pattern AUTHOR_PREFIX =
      Pattern.compile(
          "^(بقلم|كتب|كتبت|إعداد|اعداد|تحرير|by)\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * Commas, semicolons and the word "and" of the languages outlets write bylines in; the Arabic و
   * only when it stands alone, as names such as وليد begin with it.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s*[,،;]\\s*|\\s+(?:and|und|og|och|et|y|e|en|i|ve|&|و)\\s+", Pattern.CASE_INSENSITIVE);

  private static final int MAX_LENGTH = 80;

  /** A few names joined; a longer text under an author selector is a biography, not a byline. */
  private static final int MAX_LIST_LENGTH = 200;

  /** Visible byline markup, most specific first; the first selector that matches wins. */
  private static final List<String> BYLINE_SELECTORS =
      List.of(
          "[rel=author]",
          "[itemprop=author] [itemprop=name]",
          "[itemprop=author]",
          ".author-name",
          ".byline__name",
          "[class*=author-name] a",
          ".author a",
          ".byline a",
          ".post-author a");

  /**
   * The simple queries and the outer parts of the others ("outer inner"), answered together by one
   * pass over the page.
   */
  private static final List<String> FIRST_PASS =
      BYLINE_SELECTORS.stream()
          .map(q -> q.indexOf(' ') < 0 ? q : q.substring(0, q.indexOf(' ')))
          .distinct()
          .toList();

  private Authors() {}

  static List<String> of(Document doc, JsonLd ld) {
    return of(PageIndex.of(doc), ld);
  }

  static List<String> of(PageIndex page, JsonLd ld) {
    Set<String> out = new LinkedHashSet<>();
    // A reference that resolves to nothing leaves a URL: it must not hide the next source.
    ld.article().ifPresent(a -> out.addAll(ld.people(a.get("author"))));
    dropUrls(out);
    if (out.isEmpty()) {
      for (Element m :
          page.select(
              "meta", "meta[name=author][content], meta[property=article:author][content]")) {
        out.add(m.attr("content"));
      }
      dropUrls(out);
    }
    List<List<Element>> simple = new ArrayList<>(FIRST_PASS.size());
    for (int i = 0; i < BYLINE_SELECTORS.size() && out.isEmpty(); i++) {
      bylineMarkup(page, BYLINE_SELECTORS.get(i), simple).stream()
          .limit(5)
          .forEach(e -> out.add(e.text()));
      dropUrls(out);
    }
    List<String> clean = new ArrayList<>();
    for (String a : out) {
      String s = AUTHOR_PREFIX.matcher(Dom.squash(a)).replaceFirst("").strip();
      if (s.length() <= MAX_LIST_LENGTH && !URLISH.matcher(s).matches()) {
        split(s).forEach(n -> add(n, clean));
      }
    }
    return clean;
  }

  private static void dropUrls(Set<String> names) {
    names.removeIf(a -> URLISH.matcher(a.strip()).matches());
  }

  /**
   * The {@link #FIRST_PASS} queries are answered together on first use ({@code simple} keeps the
   * answers; nothing changes the page meanwhile); an "outer inner" query then only looks for its
   * inner part below the outer matches.
   */
  private static List<Element> bylineMarkup(
      PageIndex page, String query, List<List<Element>> simple) {
    if (simple.isEmpty()) {
      simple.addAll(page.selectEach(Authors::mayBeByline, FIRST_PASS));
    }
    int space = query.indexOf(' ');
    if (space < 0) {
      return simple.get(FIRST_PASS.indexOf(query));
    }
    List<Element> outers = simple.get(FIRST_PASS.indexOf(query.substring(0, space)));
    return page.under(outers, query.substring(space + 1));
  }

  /**
   * What every match of a {@link #FIRST_PASS} query has: a {@code rel} or {@code itemprop}
   * attribute, or a class holding "author" or "by" (the class queries compare ignoring case, and no
   * other letter than a, u, t, h, o, r, b, y folds to those of "author" or the "by" of "byline").
   * Most elements have none: they skip the queries.
   */
  static boolean mayBeByline(Element e) {
    if (Tree.hasParsedAttr(e, "rel") || Tree.hasParsedAttr(e, "itemprop")) {
      return true;
    }
    String cls = Tree.parsedAttr(e, "class").toLowerCase(Locale.ROOT);
    return cls.contains("author") || cls.contains("by");
  }

  /** One name per person; a value with no separator is one name. */
  static List<String> split(String names) {
    List<String> out = new ArrayList<>();
    for (String n : SEPARATOR.split(names)) {
      String s = n.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static void add(String name, List<String> clean) {
    if (!name.isEmpty() && name.length() <= MAX_LENGTH && !clean.contains(name)) {
      clean.add(name);
    }
  }
}
