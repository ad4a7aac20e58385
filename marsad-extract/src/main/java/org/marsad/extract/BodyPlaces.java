package org.marsad.extract;

import java.util.Arrays;

/**
 * {@link DatePlaces#elsewhere(org.jsoup.nodes.Element, DatePlaces.Memo)} with {@link
 * DatePlaces#memo()} for the elements of one {@link BodyScan}, by position: each element's place is
 * derived from its parent's once and kept in arrays parallel to the scan, where the memo looked up
 * every element and ancestor in identity maps. Of the page as the scan saw it: use it before any
 * removal.
 */
final class BodyPlaces {

  private static final byte KNOWN = 1;
  private static final byte OTHER = 2;
  private static final byte ARTICLE = 4;

  private final BodyScan scan;

  /** Per position: {@link #KNOWN}, {@link #OTHER} and {@link #ARTICLE} bits of its place. */
  private final byte[] flags;

  /** Per position: the lowest masthead of the place outside an article element, else -1. */
  private final int[] mastheads;

  /** Per position: elements from it up to the nearest {@code body}, that one not counted. */
  private final int[] depths;

  /** Per position of a masthead: 0 not yet known, 1 the article's, 2 the site's. */
  private final byte[] siteHeaders;

  /** The map-based memo, for the elements the arrays do not describe. */
  private DatePlaces.Memo climbing;

  private int[] chain = new int[16];

  BodyPlaces(BodyScan scan) {
    this.scan = scan;
    this.flags = new byte[scan.size()];
    this.mastheads = new int[scan.size()];
    this.depths = new int[scan.size()];
    this.siteHeaders = new byte[scan.size()];
  }

  /** {@link DatePlaces#elsewhere} of the element at position {@code i}. */
  boolean elsewhere(int i) {
    // Past the depth limit the memo climbs a bounded number of ancestors; a body that is not one
    // (a frameset) has no place to start from: both are left to the memo.
    if (!scan.at(0).nameIs("body") || !derive(i) || depths[i] >= DatePlaces.MAX_DEPTH) {
      if (climbing == null) {
        climbing = DatePlaces.memo();
      }
      return DatePlaces.elsewhere(scan.at(i), climbing);
    }
    int masthead = mastheads[i];
    return (flags[i] & OTHER) != 0
        || masthead >= 0 && (flags[i] & ARTICLE) == 0 && siteHeader(masthead);
  }

  /** Derives the places of {@code i} and its unknown ancestors, top down; false without a body. */
  private boolean derive(int i) {
    int n = 0;
    int x = i;
    while (x >= 0 && flags[x] == 0) {
      if (scan.at(x).nameIs("body")) {
        flags[x] = KNOWN;
        mastheads[x] = -1;
        depths[x] = 0;
        break;
      }
      if (n == chain.length) {
        chain = Arrays.copyOf(chain, n * 2);
      }
      chain[n++] = x;
      x = scan.parent(x);
    }
    if (x < 0) {
      return false;
    }
    for (int k = n - 1; k >= 0; k--) {
      below(scan.parent(chain[k]), chain[k]);
    }
    return true;
  }

  /** The place of {@code y}, a child of {@code p}, as {@code DatePlaces.Place#below} makes it. */
  private void below(int p, int y) {
    int kind = DatePlaces.kind(scan.at(y));
    boolean article = DatePlaces.isArticle(scan.at(y));
    int f = KNOWN | flags[p] & (OTHER | ARTICLE);
    f |= (kind & DatePlaces.OTHER) != 0 ? OTHER : 0;
    f |= article ? ARTICLE : 0;
    flags[y] = (byte) f;
    mastheads[y] = !article && (kind & DatePlaces.MASTHEAD) != 0 ? y : mastheads[p];
    depths[y] = depths[p] + 1;
  }

  private boolean siteHeader(int masthead) {
    if (siteHeaders[masthead] == 0) {
      siteHeaders[masthead] = (byte) (DatePlaces.siteHeader(scan.at(masthead)) ? 2 : 1);
    }
    return siteHeaders[masthead] == 2;
  }
}
