package org.marsad.extract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text-density vote of {@link ContentFinder}'s last resort: which containers hold prose. */
final class BlockVotes {

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

  private BlockVotes() {}

  /**
   * Text blocks vote for their containers: commas and length say "prose", not "menu". A teaser (a
   * block with a link whose text ends in an excerpt cut with "..." or "…") does not vote: a list of
   * teasers beside a short article would otherwise outvote it.
   */
  static Map<Element, Double> scores(Element body) {
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
      if (isHeading(sibling.normalName()) && sibling.selectFirst(Dom.css("a[href]")) != null) {
        return true;
      }
    }
    return false;
  }

  /** h1 to h6. */
  private static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
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
}
