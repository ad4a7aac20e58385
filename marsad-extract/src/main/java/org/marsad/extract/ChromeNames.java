package org.marsad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a block's class and id names say to {@link Boilerplate}: page chrome, a photo credit or a
 * teaser card. Names only; Boilerplate weighs them against the block's size and links.
 */
final class ChromeNames {

  /**
   * Words (regex alternatives, space-separated) that name page chrome in a class or id, each whole
   * between name separators.
   */
  private static final List<String> CHROME_WORDS =
      List.of(
          ("comments? kommentar\\w* commentaires? comentarios? post-?ratings? star-?ratings? sidebar"
                  + " widgets? footer menu navbar nav breadcrumbs? advert\\w* ads? adv sponsor\\w*"
                  + " promo\\w* popup modal cookies? banner most-?read trending recommend\\w* byline"
                  + " authors? author-?(bio|box|info) post-?meta(data)? entry-meta article-meta"
                  + " meta-data entry-?footer sabox\\w* dateline disclaimer disclosure affiliate\\w*"
                  + " donations? recirculation\\w* consent slider swiper\\w* toc table-of-contents"
                  + " wp-embed\\w* related\\w* timestamp pagination pager print toolbar outbrain"
                  + " taboola sr-only visually-hidden ticker login signup slideshow carousel gallery"
                  + " lightbox")
              .split(" "));

  /** "hidden" only as a whole class: "overflow-hidden" is a layout utility. */
  private static final List<String> HIDING_CLASSES = List.of("hidden", "d-none", "is-hidden");

  private static final NameWords CHROME_NAMES = NameWords.of(CHROME_WORDS);

  private static final Pattern HIDING =
      Pattern.compile("(^|\\s)(" + String.join("|", HIDING_CLASSES) + ")($|\\s)");

  private static final Pattern TEASER_PATTERN =
      Pattern.compile("(^|[\\s_-])\\w*teaser\\w*($|[\\s_-])");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** Class names of photo credits and captions. */
  private static final Pattern CREDIT_PATTERN =
      Pattern.compile(
          "(^|[\\s_-])(caption|credits?|copyright|legend|bildunterschrift"
              + "|(image|img|photo)-?(subtitle|description|metadata|legend))($|[\\s_-])");

  private ChromeNames() {}

  /**
   * The names that may say "chrome": a subheading's id is an anchor made from its own words
   * ("nav_the_battery_test"), so only its class counts.
   */
  static String of(Element e, Lengths lengths) {
    return HEADINGS.contains(e.normalName())
        ? e.className().toLowerCase(Locale.ROOT)
        : lengths.classAndId(e);
  }

  /** Bits of {@link #kind}: the names say chrome, a photo credit, a teaser card. */
  static final int CHROME = 1;

  static final int CREDIT = 2;
  static final int TEASER = 4;

  /** What the names (as {@link #of} gives them) say, as bits; 0 for nothing. */
  static int kind(String chromeNames) {
    String names = builderNeutral(chromeNames);
    int kind = 0;
    if (CHROME_NAMES.in(names) || isHidingClass(names)) {
      kind |= CHROME;
    }
    if (isCreditName(names)) {
      kind |= CREDIT;
    }
    if (names.contains("teaser") && TEASER_PATTERN.matcher(names).find()) {
      kind |= TEASER;
    }
    return kind;
  }

  /**
   * Elementor, the most common WordPress page builder, wraps every block, prose included, in
   * "elementor-widget-…" classes: there "widget" names the builder's unit, not a sidebar widget.
   * The rest of the name ("…-sidebar", "…-nav-menu", "…-post-comments") still counts.
   */
  static String builderNeutral(String names) {
    return names.contains("elementor-widget")
        ? names.replace("elementor-widget", "elementor-unit")
        : names;
  }

  private static boolean isHidingClass(String names) {
    // Each hiding class contains "hidden" or "-none": the regex then runs on few names.
    return (names.contains("hidden") || names.contains("-none")) && HIDING.matcher(names).find();
  }

  private static boolean isCreditName(String names) {
    // Plain substring tests first: the regex then runs on few names.
    return (names.contains("caption")
            || names.contains("credit")
            || names.contains("copyright")
            || names.contains("legend")
            || names.contains("bildunterschrift")
            || names.contains("image")
            || names.contains("img")
            || names.contains("photo"))
        && CREDIT_PATTERN.matcher(names).find();
  }
}
