package org.marsad.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The standfirst (lead, intro, teaser paragraph) that many CMSs print in its own block above the
 * body container, so the body-container match or the scorer's winner leaves it out. It is looked
 * for just before the content, a few levels up, in blocks whose class or id names a lead; the walk
 * is bounded so it costs little on every page.
 */
final class Leads {

  /**
   * Class or id words of a lead block ("article-intro", "storyLead", "chapo", "bajada", "vorspann"
   * ...), lower-cased.
   */
  private static final String LEAD_PREFIXES = "article|story|post|news";

  private static final String LEAD_WORDS =
      "intro|lead|leadin|lede|teaser|teasertext|teaser-text|standfirst|summary|excerpt|chapo"
          + "|chapeau|bajada|sapo|subtitle|subheadline|deck|abstract|perex|epigraph|preface"
          + "|vorspann|sommario|description";

  private static final Pattern LEAD_NAME =
      Pattern.compile("(^|[\\s_-])(" + LEAD_PREFIXES + ")?(" + LEAD_WORDS + ")($|[\\s_-])");

  /** A lead name starts with a prefix or a word: rules out most names before the pattern. */
  private static final WordHeads LEAD_HEADS =
      WordHeads.of(List.of((LEAD_PREFIXES + "|" + LEAD_WORDS).split("\\|")));

  private static final int LEVELS = 7;
  private static final int SIBLINGS = 8;
  private static final int MAX_NODES = 200;
  private static final int MIN_TEXT = 40;
  private static final int MAX_TEXT = 1500;
  private static final int MAX_SIZED_NODES = 2000;

  private Leads() {}

  /** The lead block before {@code first} (the first part of the content), if there is one. */
  static Optional<Element> before(Element first) {
    Element at = first;
    for (int level = 0; level < LEVELS && at.parent() != null && !at.nameIs("body"); level++) {
      Element sibling = at.previousElementSibling();
      for (int i = 0; i < SIBLINGS && sibling != null; i++) {
        Optional<Element> lead = leadIn(sibling);
        if (lead.isPresent()) {
          return lead;
        }
        sibling = sibling.previousElementSibling();
      }
      at = at.parent();
    }
    return Optional.empty();
  }

  /** Whether {@code root} holds a lead-named block (an article header's standfirst). */
  static boolean holdsLead(Element root) {
    return leadIn(root).isPresent();
  }

  /** The first lead-named block in {@code root}, walking at most {@link #MAX_NODES} elements. */
  private static Optional<Element> leadIn(Element root) {
    Deque<Element> todo = new ArrayDeque<>();
    todo.push(root);
    for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
      Element e = todo.pop();
      if (isLead(e)) {
        return Optional.of(e);
      }
      // By child node: jsoup's element-children list is built (and kept) per element asked.
      for (int i = e.childNodeSize() - 1; i >= 0; i--) {
        if (e.childNode(i) instanceof Element c) {
          todo.push(c);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isLead(Element e) {
    if (e.nameIs("h1") || e.nameIs("a") || !Dom.hasClassOrId(e)) {
      return false;
    }
    String names = Dom.classAndId(e);
    if (!LEAD_HEADS.mayMatch(names) || !LEAD_NAME.matcher(names).find()) {
      return false;
    }
    int[] sizes = sizes(e);
    int text = sizes[0];
    return text >= MIN_TEXT
        && text <= MAX_TEXT
        && sizes[1] * 4 < text
        && e.selectFirst(Dom.css("h1")) == null;
  }

  /**
   * Text and link-text lengths of a small block; a block with more than {@link #MAX_TEXT}
   * characters or {@link #MAX_SIZED_NODES} nodes counts as too long without being walked further.
   */
  private static int[] sizes(Element e) {
    int[] sizes = new int[2];
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(e);
    for (int seen = 0; !todo.isEmpty() && sizes[0] <= MAX_TEXT; seen++) {
      if (seen > MAX_SIZED_NODES) {
        sizes[0] = MAX_TEXT + 1;
        break;
      }
      Node n = todo.pop();
      if (n instanceof TextNode t) {
        int len = Dom.strippedLength(t.getWholeText());
        sizes[0] += len;
        Element p = t.parentElement();
        if (p != null && (p.nameIs("a") || (p.parent() != null && p.parent().nameIs("a")))) {
          sizes[1] += len;
        }
      }
      for (int i = n.childNodeSize() - 1; i >= 0; i--) {
        todo.push(n.childNode(i));
      }
    }
    return sizes;
  }
}
