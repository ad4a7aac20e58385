package org.marsad.extract;

import java.util.Locale;
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
    String lower = cls.toLowerCase(Locale.ROOT);
    // Only "b" and "y" match "B" and "Y" ignoring case: a class without "by" is no byline.
    return hasClassPart(lower) || lower.contains("by") && e.hasClass("byline");
  }

  /** Whether {@code lower} contains one of {@link #CLASS_PARTS}, in one scan by first letter. */
  private static boolean hasClassPart(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      int part =
          switch (lower.charAt(i)) {
            case 'd' -> 0;
            case 't' -> 1;
            case 'p' -> lower.startsWith(CLASS_PARTS[2], i) ? 2 : 5;
            case 'm' -> 3;
            case 'i' -> 4;
            case 'c' -> 6;
            default -> -1;
          };
      if (part >= 0 && lower.startsWith(CLASS_PARTS[part], i)) {
        return true;
      }
    }
    return false;
  }
}
