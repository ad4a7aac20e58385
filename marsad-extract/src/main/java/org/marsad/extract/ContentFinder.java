package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The main-content cascade: a site rule, then known CMS body containers, then text-density scoring.
 * Runs on a body already stripped of boilerplate, furniture and embeds.
 */
final class ContentFinder {

  /** Where the content came from, for the not-an-article decision and debugging. */
  enum Source {
    SITE_RULE,
    CMS_SHAPE,
    SCORED
  }

  record Found(Element element, Source source) {}

  /** Body containers of common CMS families (WordPress, Drupal, Arabic custom CMSs, AMP). */
  private static final List<String> CMS_SHAPES =
      List.of(
          "[itemprop=articleBody]",
          ".entry-content",
          ".post-content",
          ".article-body",
          ".article__body",
          ".article-content",
          ".article-text",
          ".articleBody",
          ".field--name-body",
          ".field-name-body",
          ".story-body",
          ".story-content",
          ".td-post-content",
          "#article-body",
          ".news-content",
          ".news-body",
          ".news-text",
          ".single-content",
          ".post-body",
          ".content-article",
          ".details-body",
          ".article-details",
          ".amp-article-body");

  private static final int MIN_SHAPE_TEXT = 200;
  private static final int MAX_BODY_PARTS = 12;
  private static final int MIN_PART_TEXT = 150;

  private ContentFinder() {}

  /**
   * The main content of a cleaned body, chosen without touching the page ({@link
   * ContentPlan#assemble} builds it); {@code lengths} measures the body as it is.
   */
  static Optional<ContentPlan> plan(Element body, Optional<SiteRules.Rule> rule, Lengths lengths) {
    Optional<ContentPlan> byRule =
        rule.map(r -> body.selectFirst(Dom.css(r.contentSelector())))
            .map(e -> ContentPlan.of(e, Source.SITE_RULE, e.text().length()))
            .filter(p -> p.textLength() > 0);
    return byRule
        .or(() -> byShape(body, lengths))
        .or(() -> byScore(body, lengths))
        .map(ContentPlan::withLead);
  }

  private static Optional<ContentPlan> byShape(Element body, Lengths lengths) {
    // One pass over the measure's elements (the body as it is) answers every shape (each shape
    // needs a class, id or itemprop); read-only below.
    List<List<Element>> shapes = new ArrayList<>(CMS_SHAPES.size());
    lengths.forEach(Tree.sorter(body, Tree::hasAttributes, CMS_SHAPES, shapes));
    for (List<Element> matches : shapes) {
      if (matches.size() == 1) {
        int len = matches.get(0).text().length();
        // A body container that is nearly all link text is a teaser card wrapped in its link.
        if (len >= MIN_SHAPE_TEXT && Dom.linkTextLength(matches.get(0)) * 3 <= len * 2) {
          return Optional.of(ContentPlan.of(matches.get(0), Source.CMS_SHAPE, len));
        }
      }
      if (matches.size() > 1) {
        Optional<ContentPlan> split = splitBody(matches, Source.CMS_SHAPE);
        if (split.isPresent()) {
          return split;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Several matches are either one body split around ads and pictures (each part prose) or a
   * listing of teasers (short parts, or many of them); only the first is merged, in page order.
   */
  private static Optional<ContentPlan> splitBody(List<Element> matches, Source source) {
    if (matches.size() > MAX_BODY_PARTS) {
      return Optional.empty();
    }
    int total = 0;
    List<Element> parts = new ArrayList<>();
    for (Element m : matches) {
      int len = m.text().length();
      if (Dom.linkTextLength(m) * 3 > len) {
        return Optional.empty();
      }
      if (len >= MIN_PART_TEXT && !nestedInAnother(m, matches)) {
        parts.add(m); // short parts are notices ("continue reading") or captions
        total += len;
      }
    }
    if (parts.size() < 2 || total < MIN_SHAPE_TEXT * 2) {
      return Optional.empty();
    }
    return Optional.of(new ContentPlan(List.copyOf(parts), source, total, false));
  }

  private static boolean nestedInAnother(Element e, List<Element> all) {
    for (Element other : all) {
      if (other != e && e.parents().contains(other)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<ContentPlan> byScore(Element body, Lengths lengths) {
    Map<Element, Double> scores = BlockVotes.scores(body);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    best =
        ContentAncestors.climb(
            ContentAncestors.shared(best, bestScore, scores, lengths), scores, lengths);
    best = ContentAncestors.outOfList(best, scores, lengths);
    Optional<ContentPlan> twins = twins(best, lengths);
    if (twins.isPresent()) {
      return twins;
    }
    List<Element> parts = withSiblings(best, bestScore, scores, lengths);
    int text = 0;
    for (Element part : parts) {
      text += lengths.text(part);
    }
    return Optional.of(new ContentPlan(parts, Source.SCORED, text, true));
  }

  /** A body the CMS split into several containers of the winner's tag and class, merged. */
  private static Optional<ContentPlan> twins(Element best, Lengths lengths) {
    String cls = best.className();
    if (cls.isBlank()) {
      return Optional.empty();
    }
    // The measure's element list instead of a walk of the page. A plain comparison, as jsoup's
    // [class=value] would make: its evaluator reads a value in quotes as quoted, and one quote
    // alone (class="'") made it throw.
    List<Element> same =
        lengths.select(
            e ->
                e.nameIs(best.normalName())
                    && Tree.parsedAttr(e, "class").trim().equalsIgnoreCase(cls));
    return same.size() > 1 ? splitBody(same, Source.SCORED) : Optional.empty();
  }

  /**
   * The winner and the sibling blocks that continue the article (split bodies, paragraphs beside
   * the winner), in page order.
   */
  private static List<Element> withSiblings(
      Element best, double bestScore, Map<Element, Double> scores, Lengths lengths) {
    Element parent = best.parent();
    if (parent == null || best.nameIs("body")) {
      return List.of(best);
    }
    List<Element> parts = new ArrayList<>();
    double threshold = Math.max(10, bestScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == best || keepSibling(sibling, threshold, scores, lengths)) {
        parts.add(sibling);
      }
    }
    return List.copyOf(parts);
  }

  private static boolean keepSibling(
      Element s, double threshold, Map<Element, Double> scores, Lengths lengths) {
    double density = lengths.linkDensity(s);
    if (scores.getOrDefault(s, 0.0) * (1 - density) >= threshold) {
      return true;
    }
    return s.nameIs("p") && lengths.text(s) > 80 && density < 0.25;
  }
}
