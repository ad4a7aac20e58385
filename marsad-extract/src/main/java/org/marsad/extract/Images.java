package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The lead image and the body images with their captions. */
final class Images {

  private static final List<String> LAZY_ATTRS =
      List.of("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset");

  private static final int MAX_IMAGES = 100;

  private static final String EMOJI =
      "img.emoji, img.wp-smiley, img[src*=twemoji], img[src*=/emoji/]";

  private Images() {}

  /**
   * Rewrites lazy-loading and AMP images into plain {@code <img src>} and emoji images into their
   * characters, so later steps see what a reader sees.
   */
  static void normalise(Element root) {
    List<Element> images = new ArrayList<>();
    Tree.forEachElement(
        root,
        e -> {
          if (isImage(e)) {
            images.add(e);
          }
        });
    normalise(root, images);
  }

  /**
   * As above, for the page's body, taking its images from the index: elements are only removed
   * between the index and this step (site rules), so the attached ones are the body's images.
   */
  static void normalise(Element body, PageIndex page) {
    List<Element> images = new ArrayList<>();
    for (Element e : page.body()) {
      if (isImage(e)) {
        images.add(e);
      }
    }
    normalise(body, PageIndex.attached(images));
  }

  private static boolean isImage(Element e) {
    return e.nameIs("img") || e.nameIs("amp-img");
  }

  /** {@code images}: those under {@code root}, in document order. */
  private static void normalise(Element root, List<Element> images) {
    // One pass instead of three selects: AMP images renamed first, as the emoji query expects.
    images.stream().filter(e -> e.nameIs("amp-img")).forEach(e -> e.tagName("img"));
    List<Element> emoji = images.stream().filter(Images::isEmoji).toList();
    emoji.forEach(Images::replaceEmoji);
    for (Element img : images) {
      // Skips removed emoji and what they held (an amp-img may hold a fallback img).
      if (emoji.isEmpty() || isUnder(img, root)) {
        String src = img.attr("src");
        if (src.isBlank() || src.startsWith("data:")) {
          lazySource(img).ifPresent(s -> img.attr("src", s));
        }
      }
    }
  }

  private static void replaceEmoji(Element img) {
    String alt = img.attr("alt");
    if (!alt.isEmpty() && alt.codePointCount(0, alt.length()) <= 8) {
      img.before(new org.jsoup.nodes.TextNode(alt));
    }
    img.remove();
  }

  /**
   * Every part of {@link #EMOJI} needs "emoji" or "smiley" in the class or "emoji" in the source,
   * in any case: tested first, as plain scans, since most images have neither.
   */
  private static boolean isEmoji(Element img) {
    String cls = Tree.parsedAttr(img, "class");
    return (Dom.mayContainIgnoreCase(cls, "emoji")
            || Dom.mayContainIgnoreCase(cls, "smiley")
            || Dom.mayContainIgnoreCase(Tree.parsedAttr(img, "src"), "emoji"))
        && Dom.css(EMOJI).matches(img, img);
  }

  private static boolean isUnder(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> lazySource(Element img) {
    for (String attr : LAZY_ATTRS) {
      String v = Tree.parsedAttr(img, attr).strip();
      if (!v.isEmpty()) {
        return firstCandidate(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The first URL of a source or srcset value: its first part between spaces and commas, none when
   * it has only those. A scan, not a split: a lazy attribute may hold a long data URL.
   */
  static Optional<String> firstCandidate(String v) {
    int start = 0;
    while (start < v.length() && isSourceSeparator(v.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < v.length() && !isSourceSeparator(v.charAt(end))) {
      end++;
    }
    return end > start ? Optional.of(v.substring(start, end)) : Optional.empty();
  }

  /** A comma or a regex {@code \s} (ASCII whitespace). */
  private static boolean isSourceSeparator(char c) {
    return c == ',' || Dom.isRegexSpace(c);
  }

  /** Lead image first, then body images; a body caption also labels the lead when they coincide. */
  static List<ExtractedArticle.Image> collect(Optional<String> lead, Element content) {
    Map<String, Optional<String>> byUrl = new LinkedHashMap<>();
    lead.ifPresent(l -> byUrl.put(l, Optional.empty()));
    for (Element img :
        Tree.select(content, e -> e.nameIs("img"), "img[src]").stream()
            .limit(MAX_IMAGES)
            .toList()) {
      if (isTiny(img)) {
        continue;
      }
      String url = img.attr("src");
      Optional<String> caption = caption(img);
      if (!byUrl.containsKey(url) || byUrl.get(url).isEmpty()) {
        byUrl.put(url, caption);
      }
    }
    List<ExtractedArticle.Image> out = new ArrayList<>();
    byUrl.forEach((u, c) -> out.add(new ExtractedArticle.Image(u, c)));
    return out;
  }

  private static Optional<String> caption(Element img) {
    Element figure = img.closest("figure");
    Element cap = figure == null ? null : figure.selectFirst(Dom.css("figcaption"));
    String text = cap == null ? "" : Dom.squash(cap.text());
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static boolean isTiny(Element img) {
    return isZeroToTwo(Tree.parsedAttr(img, "width"))
        || isZeroToTwo(Tree.parsedAttr(img, "height"));
  }

  private static boolean isZeroToTwo(String size) {
    return size.length() == 1 && size.charAt(0) >= '0' && size.charAt(0) <= '2';
  }
}
