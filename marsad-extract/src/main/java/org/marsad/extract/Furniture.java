package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Page furniture of Arabic (and Latin) outlets: blocks introduced by a label such as اقرأ أيضاً,
 * كلمات دلالية, المصدر: or شارك/تابعونا, plus the same blocks recognised by class name. The ones
 * that carry meaning become fields; all of them leave the DOM so they never reach the body.
 */
final class Furniture {

  /** What the furniture of a page yielded. */
  record Found(
      List<ExtractedArticle.RelatedLink> related, List<String> tags, Optional<String> credit) {}

  private static final int MAX_LABELS = 100;

  /** A label sits in a small element; a big one starting with a label word is prose. */
  private static final int MAX_LABEL_ELEMENT_TEXT = 5000;

  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s:：\\-–—|»«/]+");

  /**
   * Class-name fragments, matched as substrings (plain {@code contains} beats a regex alternation
   * here).
   */
  private static final String[] SHARE_CLASS = {
    "share", "sharing", "social", "follow", "newsletter", "subscri", "whatsapp"
  };

  private static final String[] RELATED_CLASS = {
    "related",
    "readalso",
    "read-also",
    "readmore",
    "read-more",
    "more-news",
    "also-read",
    "see-also",
    "lee-tambien",
    "leia-tambem",
    "saiba-mais"
  };
  private static final List<String> TAGS_WORDS =
      List.of("tags?", "keywords", "post-tags", "tag-?list", "entry-tags");
  private static final NameWords TAGS_CLASS = NameWords.of(TAGS_WORDS);

  /** Resolves the page's links against its URL, parsed once. */
  private final Function<String, Optional<String>> resolver;

  private final Map<String, ExtractedArticle.RelatedLink> related = new LinkedHashMap<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private Optional<String> credit = Optional.empty();

  /**
   * The labels' checks read the page as measured before any removal: sizes only shrink afterwards,
   * so the bounds below stay safe, and no check walks a subtree (deeply nested pages would make
   * that quadratic).
   */
  private final Lengths lengths;

  /** The page as it is: every removal goes through it, and the class pass reads it. */
  private final Lengths live;

  private Furniture(String baseUrl, Lengths lengths, Lengths live) {
    this.resolver = Dom.resolver(baseUrl);
    this.lengths = lengths;
    this.live = live;
  }

  /**
   * Lifts the furniture out of {@code body} (of about {@code elements} elements, which sizes its
   * measure), returning what it carried; leaves its measure of the page on {@code body} for {@link
   * Boilerplate}.
   */
  static Found lift(Element body, String baseUrl, int elements) {
    List<LabelHit> hits = new ArrayList<>();
    Lengths live = Lengths.of(body, t -> label(t, hits), elements);
    Furniture f = new Furniture(baseUrl, hits.isEmpty() ? live : live.snapshot(), live);
    for (LabelHit hit : hits) {
      Element el = hit.node().parentElement();
      if (el != null && el.ownerDocument() != null) {
        f.handle(hit, el);
      }
    }
    Lengths.leave(body, f.byClass(body));
    return new Found(List.copyOf(f.related.values()), List.copyOf(f.tags), f.credit);
  }

  private record LabelHit(TextNode node, FurnitureLabels.Kind kind, String label) {}

  /** Adds a text node that starts with a label to the hits (up to {@link #MAX_LABELS}). */
  private static void label(TextNode t, List<LabelHit> hits) {
    if (hits.size() < MAX_LABELS
        && !t.isBlank()
        // Most texts are prose: their start rules labels out before a long fold.
        && FurnitureLabels.mayMatch(t.getWholeText())) {
      ArabicFold.foldArabic(t.getWholeText(), FurnitureLabels.MAX_NODE_LENGTH)
          .flatMap(FurnitureLabels::match)
          .ifPresent(m -> hits.add(new LabelHit(t, m.kind(), m.label())));
    }
  }

  private void handle(LabelHit hit, Element labelEl) {
    if (lengths.text(labelEl) > MAX_LABEL_ELEMENT_TEXT
        || !ArabicFold.foldArabic(labelEl.text()).startsWith(hit.label())) {
      return; // the label word is mid-element, i.e. prose that happens to contain it
    }
    switch (hit.kind()) {
      case SHARE -> removeWithFollower(climbShort(labelEl, 200));
      case SOURCE -> takeCredit(labelEl, hit.label(), true);
      case PICTURE_CREDIT -> takeCredit(labelEl, hit.label(), false);
      case RELATED, TAGS -> takeLinks(labelEl, hit);
    }
  }

  private void takeLinks(Element labelEl, LabelHit hit) {
    Element block = climbLinkDense(labelEl, lengths.text(labelEl));
    List<Element> parts = new ArrayList<>(List.of(block));
    if (block.select(Dom.css("a[href]")).isEmpty()) {
      Element next = block.nextElementSibling();
      for (int i = 0; i < 2 && next != null && isListLike(next); i++) {
        parts.add(next);
        next = next.nextElementSibling();
      }
    }
    for (Element part : parts) {
      if (hit.kind() == FurnitureLabels.Kind.RELATED) {
        collectRelated(part);
      } else {
        collectTags(part, hit.label());
      }
      live.detach(part);
    }
  }

  private static boolean isListLike(Element e) {
    int text = e.text().length();
    return !e.select(Dom.css("a[href]")).isEmpty()
        && text <= 2000
        && Dom.linkTextLength(e) >= 0.5 * text;
  }

  private void collectRelated(Element block) {
    for (Element a : block.select(Dom.css("a[href]"))) {
      String title = Dom.squash(a.text().isBlank() ? a.attr("title") : a.text());
      Optional<String> url = resolver.apply(a.attr("href"));
      if (url.isPresent() && title.length() >= 8) {
        related.putIfAbsent(url.get(), new ExtractedArticle.RelatedLink(url.get(), title));
      }
    }
  }

  private void collectTags(Element block, String label) {
    List<Element> links = block.select(Dom.css("a"));
    if (!links.isEmpty()) {
      links.forEach(a -> addTag(a.text()));
      return;
    }
    DeclaredTags.splitList(afterLabel(block.text(), label)).forEach(this::addTag);
  }

  private void addTag(String raw) {
    String t = Dom.squash(raw).replaceFirst("^#", "");
    if (!t.isEmpty() && t.length() <= 60) {
      tags.add(t);
    }
  }

  /** Removes a credit line; a source credit (not a picture credit) is kept as the field. */
  private void takeCredit(Element labelEl, String label, boolean isSource) {
    Element block = climbShort(labelEl, 150);
    String rest = afterLabel(block.text(), label);
    Element next = block.nextElementSibling();
    if (rest.isEmpty() && next != null && next.text().length() <= 100) {
      rest = Dom.squash(next.text());
      live.detach(next);
    }
    if (isSource && credit.isEmpty() && !rest.isEmpty()) {
      credit = Optional.of(rest);
    }
    live.detach(block);
  }

  /** The text after a label: its words dropped, then the separator. */
  static String afterLabel(String text, String label) {
    String[] words = Dom.squash(text).split(" ");
    int skip = label.split(" ").length;
    StringBuilder b = new StringBuilder();
    for (int i = skip; i < words.length; i++) {
      b.append(i > skip ? " " : "").append(words[i]);
    }
    String head = words.length > 0 ? words[Math.min(skip, words.length) - 1] : "";
    String rest = b.toString();
    if (head.endsWith(":") || head.endsWith("：")) {
      return rest.strip();
    }
    return LEADING_PUNCT.matcher(rest).replaceFirst("").strip();
  }

  private Element climbShort(Element from, int maxText) {
    Element best = from;
    for (int i = 0; i < 6; i++) {
      Element p = best.parent();
      if (p == null || p.nameIs("body") || p.nameIs("html") || lengths.text(p) > maxText) {
        break;
      }
      best = p;
    }
    return best;
  }

  private Element climbLinkDense(Element from, int labelLength) {
    Element best = from;
    for (int i = 0; i < 6; i++) {
      Element p = best.parent();
      if (p == null || p.nameIs("body") || p.nameIs("html")) {
        break;
      }
      int text = lengths.text(p);
      int rest = text - labelLength;
      if (text > 3000 || (rest > 0 && lengths.linkDensity(p) * text < 0.6 * rest)) {
        break;
      }
      best = p;
    }
    return best;
  }

  /** Removes a share block; a bare label ("تابعونا") also takes the icon row that follows it. */
  private void removeWithFollower(Element block) {
    Element next = block.nextElementSibling();
    if (next != null
        && block.text().length() <= 40
        && next.text().length() <= 60
        && next.select(Dom.css("p")).isEmpty()
        && (!next.select(Dom.css("a, button, svg, img, i")).isEmpty() || next.text().isBlank())) {
      live.detach(next);
    }
    live.detach(block);
  }

  private static boolean containsAny(String s, String[] parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The same furniture recognised by class or id, for blocks without a visible label. */
  private Lengths byClass(Element body) {
    Lengths live = this.live.current(body);
    Dom.prune(
        live.named(),
        live,
        e -> {
          if (e.nameIs("body") || e.nameIs("article") || e.nameIs("main")) {
            return false;
          }
          int text = live.text(e);
          boolean listLike = text <= 2000 && live.linkDensity(e) >= 0.5;
          if (text > 300 && !listLike) {
            return false; // size rules every pattern out: skip the class-name regexes (a hot spot)
          }
          String ci = live.classAndId(e);
          if (text <= 300 && containsAny(ci, SHARE_CLASS)) {
            return true;
          }
          if (listLike && containsAny(ci, RELATED_CLASS)) {
            collectRelated(e);
            return true;
          }
          if (listLike && text <= 600 && TAGS_CLASS.in(ci)) {
            e.select(Dom.css("a")).forEach(a -> addTag(a.text()));
            return true;
          }
          return false;
        });
    return live;
  }
}
