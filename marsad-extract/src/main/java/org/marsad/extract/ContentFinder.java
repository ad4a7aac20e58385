package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;

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
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "td",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "dd",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "figure",
          "center",
          "font");
  private static final Set<String> PARAGRAPH_LIKE =
      Set.of("p", "li", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6");

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
    Map<Element, Double> scores = scoreAncestors(body);
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
    Optional<ContentPlan> twins = twins(body, best, lengths);
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
  private static Optional<ContentPlan> twins(Element body, Element best, Lengths lengths) {
    if (best.className().isBlank()) {
      return Optional.empty();
    }
    // The measure's element list instead of a walk of the page.
    Evaluator sameClass = new Evaluator.AttributeWithValue("class", best.className());
    List<Element> same =
        lengths.select(
            e ->
                e.nameIs(best.normalName())
                    && e.attributesSize() > 0
                    && sameClass.matches(body, e));
    return same.size() > 1 ? splitBody(same, Source.SCORED) : Optional.empty();
  }

  /**
   * Text blocks vote for their containers: commas and length say "prose", not "menu". A teaser (a
   * block with a link whose text ends in an excerpt cut with "..." or "…") does not vote: a list of
   * teasers beside a short article would otherwise outvote it.
   */
  private static Map<Element, Double> scoreAncestors(Element body) {
    // Insertion-ordered (jsoup nodes hash by identity): equal scores resolve to the first block in
    // page order, the same on every run.
    Map<Element, int[]> blocks = new LinkedHashMap<>();
    forEachText(
        body,
        (t, b) -> {
          String s = t.getWholeText();
          int len = Dom.strippedLength(s);
          b[0] += len;
          b[1] += commas(s);
          if (inLink(t)) {
            b[2] += len;
          }
          if (len > 0) {
            b[3] = endsCut(s) ? 1 : 0;
          }
        },
        blocks);
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Map.Entry<Element, int[]> e : blocks.entrySet()) {
      int[] b = e.getValue();
      if (b[0] < 25 || (b[3] == 1 && (b[2] > 0 || inLinkedCard(e.getKey(), b[0])))) {
        continue;
      }
      double score = 1 + b[1] + Math.min(b[0] / 100.0, 3);
      Element target =
          PARAGRAPH_LIKE.contains(e.getKey().normalName()) ? e.getKey().parent() : e.getKey();
      for (int level = 1; level <= 3 && target != null && !target.nameIs("html"); level++) {
        scores.merge(target, score / level, Double::sum);
        target = target.parent();
      }
    }
    return scores;
  }

  /**
   * A cut excerpt whose link is in a sibling heading, in a card holding little else: a teaser too,
   * even though the excerpt itself has no link.
   */
  private static boolean inLinkedCard(Element block, int length) {
    Element card = block.parent();
    if (card == null || card.nameIs("body") || Dom.strippedLength(card.text()) > 2 * length + 200) {
      return false;
    }
    for (Element sibling : card.children()) {
      if (sibling.normalName().matches("h[1-6]")
          && sibling.selectFirst(Dom.css("a[href]")) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean inLink(TextNode t) {
    Element p = t.parentElement();
    return p != null && (p.nameIs("a") || (p.parent() != null && p.parent().nameIs("a")));
  }

  /** Text that ends with an ellipsis: a cut excerpt. */
  private static boolean endsCut(String s) {
    int end = s.length(); // of s.stripTrailing(), without the copy (every text node asks)
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return endsWith(s, end, "...")
        || endsWith(s, end, "…")
        || endsWith(s, end, "[…]")
        || endsWith(s, end, "[...]");
  }

  /** Whether {@code s} up to {@code end} ends with {@code tail}. */
  private static boolean endsWith(String s, int end, String tail) {
    return end >= tail.length() && s.startsWith(tail, end - tail.length());
  }

  /**
   * Offers each text node under {@code body}, in page order, with the row of its block: the nearest
   * block (or the body) among its parent and the 7 elements above. One walk by child index keeps
   * the nearest block of every open element, so no text node looks up its ancestors; a block's row
   * enters {@code blocks} at its first text node.
   */
  private static void forEachText(
      Element body, BiConsumer<TextNode, int[]> action, Map<Element, int[]> blocks) {
    Element[] open = new Element[64];
    int[] nextChild = new int[64];
    int[] block = new int[64]; // stack index of the nearest block at or above, -1 for none
    int[][] rows = new int[64][];
    open[0] = body;
    block[0] = BLOCKS.contains(body.normalName()) || body.nameIs("body") ? 0 : -1;
    for (int top = 0; top >= 0; ) {
      Element e = open[top];
      int i = nextChild[top];
      if (i >= e.childNodeSize()) {
        top--;
        continue;
      }
      nextChild[top] = i + 1;
      Node child = e.childNode(i);
      if (child instanceof Element c) {
        if (++top == open.length) {
          open = Arrays.copyOf(open, top * 2);
          nextChild = Arrays.copyOf(nextChild, top * 2);
          block = Arrays.copyOf(block, top * 2);
          rows = Arrays.copyOf(rows, top * 2);
        }
        open[top] = c;
        nextChild[top] = 0;
        block[top] = BLOCKS.contains(c.normalName()) || c.nameIs("body") ? top : block[top - 1];
        rows[top] = null;
      } else if (child instanceof TextNode t && block[top] >= 0 && top - block[top] < 8) {
        int at = block[top];
        if (rows[at] == null) {
          rows[at] = blocks.computeIfAbsent(open[at], x -> new int[4]);
        }
        action.accept(t, rows[at]);
      }
    }
  }

  /** Latin and Arabic commas in {@code s}. */
  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '،') {
        n++;
      }
    }
    return n;
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
