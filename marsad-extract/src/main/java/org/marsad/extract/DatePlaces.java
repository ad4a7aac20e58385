package org.marsad.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Where a date sits on the page. A {@code time} or date line inside comments, related-story lists,
 * sidebars or embedded posts belongs to something else than the article, and taking it is the
 * commonest way to get another story's day; one in the site's header is the day the page was
 * served.
 */
final class DatePlaces {

  /**
   * Elements that hold other people's or other stories' dates. Asides, footers, sidebars and
   * widgets are not among them: blogs and CMS themes put the article itself or its meta line in
   * such containers.
   */
  private static final Set<String> OTHER_TAGS = Set.of("nav", "blockquote");

  /** Places are derived down to this depth below the body; deeper elements climb this far. */
  static final int MAX_DEPTH = 25;

  private DatePlaces() {}

  /**
   * True when the element or one of its ancestors is a comment, list or embed container, or when it
   * sits in a site header (one without the headline, outside {@code article} and {@code main}).
   */
  static boolean elsewhere(Element e) {
    return elsewhere(e, new Memo(DatePlaces::otherPlace));
  }

  /**
   * As above, with a memo of what the ancestors are: a caller testing many elements of one page
   * tests their shared ancestors once. The memo is of the page as it stands: use it before any
   * removal.
   */
  static boolean elsewhere(Element e, Memo memo) {
    Place p = memo.place(e);
    if (p == null) {
      return climb(e, memo);
    }
    return p.other() || p.masthead() != null && !p.article() && memo.siteHeader(p.masthead());
  }

  /**
   * {@link #elsewhere(Element, Memo)} by climbing the ancestors, for the elements {@link
   * Memo#place} does not know: deeper than {@link #MAX_DEPTH} or outside the body.
   */
  private static boolean climb(Element e, Memo memo) {
    Element masthead = null;
    boolean article = false;
    Element x = e;
    for (int depth = 0; x != null && depth < MAX_DEPTH; depth++, x = x.parent()) {
      if (x.nameIs("body")) {
        return masthead != null && !article && memo.siteHeader(masthead);
      }
      int kind = memo.kind(x);
      if ((kind & OTHER) != 0) {
        return true;
      }
      if (x.nameIs("article") || x.nameIs("main")) {
        article = true;
      } else if (masthead == null && (kind & MASTHEAD) != 0) {
        masthead = x;
      }
    }
    return false;
  }

  /**
   * As {@link #elsewhere(Element)}, but a teaser list or event calendar counts as the article's
   * place: for a date under a publish label, whose caller guards against lists in other ways.
   */
  static boolean elsewhereBesidesLists(Element e) {
    return elsewhere(e, new Memo(DatePlaces::otherPlaceBesidesLists));
  }

  /** A memo for {@link #elsewhere(Element, Memo)} that counts every list as another place. */
  static Memo memo() {
    return new Memo(DatePlaces::otherPlace);
  }

  /** Kind bits of an element in {@link Memo}. */
  static final int OTHER = 1;

  static final int MASTHEAD = 2;

  /** The kind bits of {@code x} for {@link #memo()}: another place (lists included), a masthead. */
  static int kind(Element x) {
    if (x.attributesSize() == 0) { // no class, no id: most elements
      return (OTHER_TAGS.contains(x.normalName()) ? OTHER : 0)
          | (x.nameIs("header") ? MASTHEAD : 0);
    }
    // Each name read and lower-cased once for both tests (which lower-case again: a no-op then).
    String cls = Tree.parsedAttr(x, "class").trim().toLowerCase(Locale.ROOT);
    String id = Tree.parsedAttr(x, "id").toLowerCase(Locale.ROOT);
    boolean other =
        OTHER_TAGS.contains(x.normalName())
            || ((PlaceNames.otherWord(cls, true) || PlaceNames.otherWord(id, true))
                && Tree.byTag(x, "h1").isEmpty());
    boolean masthead =
        x.nameIs("header") || PlaceNames.mastheadName(cls) || PlaceNames.mastheadName(id);
    return (other ? OTHER : 0) | (masthead ? MASTHEAD : 0);
  }

  /** An {@code article} or {@code main} element: a masthead inside one is the article's header. */
  static boolean isArticle(Element x) {
    return x.nameIs("article") || x.nameIs("main");
  }

  /**
   * The site's header prints today's date; an article's header holds its headline. A header with
   * the site's navigation is the site's, even when its logo is an h1.
   */
  static boolean siteHeader(Element masthead) {
    return Tree.byTag(masthead, "h1").isEmpty() || !Tree.byTag(masthead, "nav").isEmpty();
  }

  /**
   * What the chain from an element up to the body holds: another place, an article, the lowest
   * masthead outside an article element; {@code depth} elements, the body not counted.
   */
  private record Place(boolean other, boolean article, Element masthead, int depth) {

    private static final Place BODY = new Place(false, false, null, 0);

    /** The place of a child {@code y} of this place's element, of the given kind. */
    Place below(Element y, int kind) {
      boolean isArticle = y.nameIs("article") || y.nameIs("main");
      return new Place(
          other || (kind & OTHER) != 0,
          article || isArticle,
          !isArticle && (kind & MASTHEAD) != 0 ? y : masthead,
          depth + 1);
    }
  }

  /** What elements of one page are (other place, masthead) and whether a masthead is the site's. */
  static final class Memo {
    private final Predicate<Element> otherPlace;
    private final Map<Element, Integer> kinds = new IdentityHashMap<>(8);
    private final Map<Element, Place> places = new IdentityHashMap<>(8);
    private final Map<Element, Boolean> siteHeaders = new IdentityHashMap<>(4);

    private Memo(Predicate<Element> otherPlace) {
      this.otherPlace = otherPlace;
    }

    /**
     * The place of {@code e}, derived from its parent's (each element's once per page, where
     * climbing would test every ancestor again for every element); null when {@code e} is not under
     * the body within {@link #MAX_DEPTH} elements.
     */
    private Place place(Element e) {
      List<Element> unknown = new ArrayList<>();
      Element x = e;
      Place known = null;
      while (known == null) {
        if (x == null || unknown.size() >= MAX_DEPTH) {
          return null;
        }
        known = x.nameIs("body") ? Place.BODY : places.get(x);
        if (known == null) {
          unknown.add(x);
          x = x.parent();
        }
      }
      for (int i = unknown.size() - 1; i >= 0; i--) {
        Element y = unknown.get(i);
        known = known.below(y, kind(y));
        places.put(y, known);
      }
      return known.depth() < MAX_DEPTH ? known : null;
    }

    private int kind(Element x) {
      Integer kind = kinds.get(x);
      if (kind == null) {
        kind = (otherPlace.test(x) ? OTHER : 0) | (masthead(x) ? MASTHEAD : 0);
        kinds.put(x, kind);
      }
      return kind;
    }

    private boolean siteHeader(Element masthead) {
      Boolean site = siteHeaders.get(masthead);
      if (site == null) {
        site = DatePlaces.siteHeader(masthead);
        siteHeaders.put(masthead, site);
      }
      return site;
    }
  }

  /**
   * A block that holds a headline is the article itself, whatever its name says: an opinion piece's
   * "commentHeader" wraps its h1 and date line.
   */
  private static boolean otherPlace(Element x) {
    return otherPlace(x, true);
  }

  private static boolean otherPlaceBesidesLists(Element x) {
    return otherPlace(x, false);
  }

  private static boolean otherPlace(Element x, boolean lists) {
    return OTHER_TAGS.contains(x.normalName())
        || ((PlaceNames.otherWord(x.className(), lists) || PlaceNames.otherWord(x.id(), lists))
            && Tree.byTag(x, "h1").isEmpty());
  }

  /** A {@code header} element, or a block named header..., masthead... or topbar... */
  private static boolean masthead(Element x) {
    return x.nameIs("header")
        || PlaceNames.mastheadName(x.className())
        || PlaceNames.mastheadName(x.id());
  }
}
