package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: non-content elements, hidden blocks and blocks whose class or
 * id names page chrome. A block holding most of the page's text is never removed: some CMSs wrap
 * the whole page in a {@code <form>} or give the article container a "post-meta" class.
 */
final class Boilerplate {

  private static final Set<String> NON_CONTENT_TAGS =
      Set.of(
          ("script style noscript template svg canvas form button input select textarea iframe object"
                  + " embed nav aside footer header menu dialog link meta amp-ad amp-analytics"
                  + " amp-sidebar")
              .split(" "));

  /** Hidden blocks, whatever their tag. */
  private static final String HIDDEN =
      "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none],"
          + " [style~=(?i)visibility\\s*:\\s*hidden]";

  /** What the lenient retry still removes: elements that hold no prose whatever their names. */
  private static final String NEVER_PROSE =
      "script, style, template, svg, canvas, button, input, select, textarea, iframe, object, embed,"
          + " nav, menu, dialog, link, meta, amp-ad, amp-analytics, amp-sidebar";

  /** A teaser card is short; a longer block so named is a section of them, left to the scorer. */
  private static final int MAX_TEASER = 600;

  /** Share of a teaser card's text in links: its headline. */
  private static final double TEASER_LINKS = 0.2;

  /** A credit or caption line is short; a longer block so named holds more than a credit. */
  private static final int MAX_CREDIT = 300;

  /** Elements a credit line may hold (links, spans, the picture it credits). */
  private static final int MAX_CREDIT_ELEMENTS = 50;

  /** Chrome names that stay removed even when the class-name pass would gut the page. */
  private static final Pattern NEVER_ARTICLE =
      Pattern.compile("comment|respond|reply|discussion|sidebar|footer|widget");

  private static final Pattern POSITIVE =
      Pattern.compile("article|content|entry|post|story|body|main|blog|text|news-?item|single");

  /**
   * Paragraph text that marks a block as prose rather than chrome when class names would gut the
   * page.
   */
  private static final int MIN_KEPT_PROSE = 120;

  /** Paragraph text that makes an article's header a standfirst rather than a title block. */
  private static final int MIN_STANDFIRST = 80;

  private Boilerplate() {}

  /** Removes non-content elements and chrome-named blocks; returns what it removed. */
  static Removals strip(Element body) {
    return strip(body, Lengths.of(body));
  }

  /**
   * {@link #strip(Element)} with a measure of {@code body} as it is now, which every removal keeps
   * up to date: afterwards it describes the cleaned page.
   */
  static Removals strip(Element body, Lengths measured) {
    Removals removals = new Removals(measured);
    int total = Math.max(1, measured.text(body));
    // The pass only changes the ancestors of what it removes, which come before it: each test
    // still reads the sizes of the page before the pass.
    removals.prune(
        measured.select(e -> isNonContent(body, e)),
        e -> !holdsMost(e, measured.text(e), total) && !isStandfirst(e, measured));
    Lengths lengths = removals.lengths(body);
    int remaining = Math.max(1, lengths.text(body));
    List<Element> named = chrome(body, lengths, remaining);
    boolean gutting = guts(named, lengths, lengths.paragraphText(body));
    for (Element e : named) {
      if (!gutting
          || lengths.paragraphText(e) < MIN_KEPT_PROSE
          || NEVER_ARTICLE.matcher(Dom.classAndId(e)).find()) {
        removals.remove(e, lengths.text(e));
      }
    }
    return removals;
  }

  /** A non-content element (by its tag) or a hidden block. */
  private static boolean isNonContent(Element body, Element e) {
    return NON_CONTENT_TAGS.contains(e.normalName())
        || mayHide(e) && Dom.css(HIDDEN).matches(body, e);
  }

  /**
   * Whether {@link #HIDDEN} may match: most elements have none of its attributes, and a style can
   * only hide with "none" or "hidden" in it (the patterns ignore ASCII case only).
   */
  static boolean mayHide(Element e) {
    if (Tree.hasParsedAttr(e, "hidden") || Tree.hasParsedAttr(e, "aria-hidden")) {
      return true;
    }
    String style = Tree.parsedAttr(e, "style");
    // What the lower-cased style contains, without the copy: no other character lower-cases to
    // one of these letters alone (a dotted capital I becomes "i" and a combining dot).
    return !style.isEmpty()
        && (Dom.containsAsciiIgnoreCase(style, "none")
            || Dom.containsAsciiIgnoreCase(style, "hidden"));
  }

  /**
   * The retry's cleaning, for a page the full pass left without an article: only elements that
   * never hold prose go. Page builders name every block "widget", some blogs put the post in a
   * {@code <noscript>}, shops wrap the description in a {@code <form>}: the scorer's link density
   * then tells menus from prose.
   */
  static Removals stripLenient(Element body, Lengths lengths) {
    Removals removals = new Removals(lengths);
    removals.prune(Tree.select(body, e -> true, NEVER_PROSE), e -> true);
    return removals;
  }

  /** Outermost blocks whose class or id names page chrome, in document order. */
  private static List<Element> chrome(Element body, Lengths lengths, int remaining) {
    List<Element> named = new ArrayList<>();
    // Pages repeat their class names (every teaser, every list item): each is read once.
    Map<String, Integer> kinds = new HashMap<>();
    int skipUntil = -1;
    for (Element e : lengths.named()) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil || e.nameIs("body")) {
        continue;
      }
      String names = ChromeNames.of(e, lengths);
      int kind = kinds.computeIfAbsent(names, ChromeNames::kind);
      if ((kind & ChromeNames.CHROME) != 0
              && !mayHoldArticle(lengths, e, ChromeNames.builderNeutral(names), remaining)
              && !inlineInProse(e, lengths)
          || (kind & ChromeNames.CREDIT) != 0 && isCredit(e, lengths)
          || (kind & ChromeNames.TEASER) != 0 && isLinkedTeaser(e, lengths)) {
        named.add(e);
        skipUntil = lengths.end(e);
      }
    }
    return named;
  }

  /**
   * A dateline opening a paragraph ("KOBE – A total of …") is marked up as an inline span of that
   * paragraph: the sentence goes on after it, so it is prose.
   */
  private static boolean inlineInProse(Element e, Lengths lengths) {
    Element p = e.parent();
    return e.nameIs("span")
        && p != null
        && p.nameIs("p")
        && lengths.text(p) >= 3 * Math.max(1, lengths.text(e));
  }

  /**
   * A teaser card for another article: named "teaser" ({@link ChromeNames#TEASER}) and linking out.
   * A standfirst is often named "teaser" too, but it is prose, not a link.
   */
  private static boolean isLinkedTeaser(Element e, Lengths lengths) {
    return lengths.text(e) < MAX_TEASER && lengths.linkDensity(e) >= TEASER_LINKS;
  }

  /**
   * A photo credit or caption line outside a {@code <figcaption>} ("Image copyright Getty Images",
   * "wp-caption-text"): so named ({@link ChromeNames#CREDIT}), short, and without the picture
   * itself, which stays with the article's images. A {@code <figcaption>} stays too: it becomes the
   * image's caption.
   */
  private static boolean isCredit(Element e, Lengths lengths) {
    return lengths.text(e) < MAX_CREDIT
        && lengths.descendants(e) < MAX_CREDIT_ELEMENTS // bounds the picture lookup
        && !e.nameIs("figcaption")
        && e.selectFirst(Dom.css("img, picture, video, figure")) == null;
  }

  /**
   * Class names that would take most of the page's paragraphs away name the article's own parts
   * ("TestReport__Section--Ads", "article gallery"): then blocks of prose stay for the scorer.
   */
  private static boolean guts(List<Element> named, Lengths lengths, int prose) {
    if (prose < MIN_KEPT_PROSE) {
      return false;
    }
    int lost = 0;
    for (Element e : named) {
      lost += lengths.paragraphText(e);
    }
    return lost * 2 > prose;
  }

  /**
   * An article's own header often carries the standfirst (a lead paragraph under the title); the
   * page header never sits inside an {@code <article>}.
   */
  private static boolean isStandfirst(Element e, Lengths lengths) {
    if (!e.nameIs("header")) {
      return false;
    }
    if (e.closest(Dom.css("article, main, [role=main]")) != null) {
      return lengths.paragraphText(e) >= MIN_STANDFIRST || Leads.holdsLead(e);
    }
    // The lead is often a summary div or a subtitle heading rather than a paragraph: its name
    // tells it from the title block's date and byline.
    return POSITIVE.matcher(Dom.classAndId(e)).find() && Leads.holdsLead(e);
  }

  private static boolean holdsMost(Element e, int text, int total) {
    boolean wrapper =
        e.nameIs("form") || e.nameIs("header") || e.nameIs("aside") || e.nameIs("footer");
    return wrapper && text * 2 >= total;
  }

  /**
   * Class names are a weak signal: "box article modal-enabled" or "page-content with-sidebar" name
   * the article container. A block that also has a content-like name, or holds a quarter of the
   * page's remaining text mostly as paragraphs, is left to the scorer.
   */
  private static boolean mayHoldArticle(Lengths lengths, Element e, String names, int remaining) {
    int text = lengths.text(e);
    // "related-posts", "recommended-articles": the content-like word names what is linked to.
    boolean teasers = names.contains("related") || names.contains("recommend");
    // The size test first: it is free, and rules most chrome blocks out before the regex.
    if (!teasers && text >= 200 && POSITIVE.matcher(names).find()) {
      return true;
    }
    return text * 4 >= remaining && lengths.paragraphText(e) * 5 >= text * 2;
  }
}
