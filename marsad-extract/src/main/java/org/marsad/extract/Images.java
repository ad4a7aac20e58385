package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The lead image and the body images with their captions. */
final class Images {

  private static final String LAZY_ATTRS =
      "data-src, data-lazy-src, data-original, data-srcset, srcset";

  private static final int MAX_IMAGES = 100;

  private Images() {}

  /**
   * Rewrites lazy-loading and AMP images into plain {@code <img src>} and emoji images into their
   * characters, so later steps see what a reader sees.
   */
  static void normalise(Element root) {
    root.select(Dom.css("amp-img")).tagName("img");
    for (Element img :
        root.select(Dom.css("img.emoji, img.wp-smiley, img[src*=twemoji], img[src*=/emoji/]"))) {
      String alt = img.attr("alt");
      if (!alt.isEmpty() && alt.codePointCount(0, alt.length()) <= 8) {
        img.before(new org.jsoup.nodes.TextNode(alt));
      }
      img.remove();
    }
    for (Element img : root.select(Dom.css("img"))) {
      String src = img.attr("src");
      if (src.isBlank() || src.startsWith("data:")) {
        lazySource(img).ifPresent(s -> img.attr("src", s));
      }
    }
  }

  private static Optional<String> lazySource(Element img) {
    for (String attr : LAZY_ATTRS.split(", ")) {
      String v = img.attr(attr).strip();
      if (!v.isEmpty()) {
        return Optional.of(v.split("[\\s,]+")[0]);
      }
    }
    return Optional.empty();
  }

  /** Lead image first, then body images; a body caption also labels the lead when they coincide. */
  static List<ExtractedArticle.Image> collect(Optional<String> lead, Element content) {
    Map<String, Optional<String>> byUrl = new LinkedHashMap<>();
    lead.ifPresent(l -> byUrl.put(l, Optional.empty()));
    for (Element img : content.select(Dom.css("img[src]")).stream().limit(MAX_IMAGES).toList()) {
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
    return img.attr("width").matches("[0-2]") || img.attr("height").matches("[0-2]");
  }
}
