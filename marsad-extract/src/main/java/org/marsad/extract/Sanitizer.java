package org.marsad.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list sanitiser, applied last: only structural and text-level tags survive, links and
 * images only with http(s) URLs, no scripts, styles, event handlers or {@code javascript:} URLs.
 */
final class Sanitizer {

  private static final Safelist ALLOWED =
      Safelist.relaxed()
          .addTags("figure", "figcaption")
          .addAttributes(":all", "dir", "lang")
          .removeProtocols("a", "href", "ftp");

  private Sanitizer() {}

  /** Sanitised HTML of a content element whose links were already made absolute. */
  static String clean(Element content, String baseUrl) {
    Document dirty = Document.createShell(baseUrl);
    dirty.body().appendChild(content.clone());
    Tree.byTag(dirty.body(), Embeds.PLACEHOLDER).forEach(Element::remove);
    // Cleaning the DOM directly (not its serialisation) saves a second parse of the body.
    Document safe = new Cleaner(ALLOWED).clean(dirty);
    safe.outputSettings().prettyPrint(false);
    return safe.body().html().strip();
  }

  /** Makes every link and image URL absolute; unusable ones are dropped. */
  static void absolutize(Element content, String baseUrl) {
    for (Element a : Tree.select(content, e -> e.nameIs("a"), "a[href]")) {
      Dom.absolute(baseUrl, a.attr("href"))
          .ifPresentOrElse(u -> a.attr("href", u), () -> a.removeAttr("href"));
    }
    for (Element img : Tree.byTag(content, "img")) {
      Dom.absolute(baseUrl, img.attr("src")).ifPresentOrElse(u -> img.attr("src", u), img::remove);
    }
  }
}
