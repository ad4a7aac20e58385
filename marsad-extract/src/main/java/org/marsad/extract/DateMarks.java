package org.marsad.extract;

import org.jsoup.nodes.Element;

/** The markup that marks an element as a date line: its tag, its itemprop or a class word. */
final class DateMarks {

  /**
   * Class-name fragments of date lines (post-date, entry-meta, publish-info, posted-on ...), in the
   * order {@link #hasClassPart} reads them by.
   */
  private static final String[] CLASS_PARTS = {
    "date", "time", "pub", "meta", "info", "posted", "created"
  };

  private DateMarks() {}

  /**
   * {@code time}, {@code [itemprop=datePublished]}, {@code .byline} or a class containing a date
   * word; checked by hand because a selector with a dozen {@code [class*=…]} alternatives was one
   * of the costliest steps of the extraction.
   */
  static boolean isDateLike(Element e) {
    // parsedAttr() answers "" at once for the many elements without attributes (counting them
    // would check each attribute of the others for an internal one).
    if (e.nameIs("time") || Tree.parsedAttr(e, "itemprop").equalsIgnoreCase("datePublished")) {
      return true;
    }
    String cls = Tree.parsedAttr(e, "class");
    if (cls.isEmpty()) {
      return false;
    }
    // Only "b" and "y" match "B" and "Y" ignoring case: a class without "by" is no byline.
    return hasClassPart(cls) || Dom.containsAsciiIgnoreCase(cls, "by") && e.hasClass("byline");
  }

  /**
   * Whether {@code cls} contains one of {@link #CLASS_PARTS} ignoring ASCII case, in one scan by
   * first letter. That is what lower-casing it first finds: the only other characters that
   * lower-case to ASCII letters are the Kelvin sign (to a "k", in no part) and a dotted capital I
   * (to an "i" that a combining dot follows, where no part goes on), and the scan copies nothing.
   */
  private static boolean hasClassPart(String cls) {
    for (int i = 0; i < cls.length(); i++) {
      int part =
          switch (Dom.asciiLower(cls.charAt(i))) {
            case 'd' -> 0;
            case 't' -> 1;
            case 'p' -> Dom.startsWithAsciiIgnoreCase(cls, i, CLASS_PARTS[2]) ? 2 : 5;
            case 'm' -> 3;
            case 'i' -> 4;
            case 'c' -> 6;
            default -> -1;
          };
      if (part >= 0 && Dom.startsWithAsciiIgnoreCase(cls, i, CLASS_PARTS[part])) {
        return true;
      }
    }
    return false;
  }
}
