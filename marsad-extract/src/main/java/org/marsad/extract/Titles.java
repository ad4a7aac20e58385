package org.marsad.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Picks the headline and strips the " - Outlet" / " | Outlet" decorations pages add to it. */
final class Titles {

  private static final List<String> SEPARATORS =
      List.of(" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " • ", " · ", " ｜ ");

  private static final int MAX_HEADING_CANDIDATES = 50;

  /** A UTF-8 lead byte (Ã, Â ... as Latin-1) followed by a continuation byte. */
  private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF]");

  private Titles() {}

  static Optional<String> best(
      Document doc, PageIndex page, JsonLd ld, Optional<String> site, Map<String, String> metas) {
    Optional<String> declared =
        Metadata.first(
                ld.articleString("headline"),
                Metadata.meta(metas, "og:title"),
                Metadata.meta(metas, "twitter:title"),
                Optional.of(doc.title()))
            .map(Titles::unescape);
    Optional<String> heading = heading(page, declared);
    Optional<String> cleaned = declared.map(t -> strip(t, site, heading));
    if (cleaned.isPresent()
        && heading.isPresent()
        && !heading.get().equals(cleaned.get())
        && ArabicFold.foldArabic(cleaned.get()).contains(ArabicFold.foldArabic(heading.get()))) {
      return heading; // the declared title is the headline plus decoration we did not recognise
    }
    return cleaned.or(() -> heading);
  }

  /**
   * Decodes entities a CMS escaped twice: JSON-LD and meta values arrive with a literal
   * "&amp;quot;" or "&amp;#8217;" that the page never shows.
   */
  static String unescape(String title) {
    String t = title.indexOf('&') < 0 ? title : Parser.unescapeEntities(title, false);
    return MOJIBAKE.matcher(t).find() ? utf8ReadAsLatin1(t) : t;
  }

  /**
   * UTF-8 bytes a CMS decoded as Latin-1 before writing them into its metadata: "sanciÃ³n" for
   * "sanción". Re-decoded only when every character fits in one byte and the bytes are valid UTF-8.
   */
  private static String utf8ReadAsLatin1(String t) {
    CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
    if (!latin1.canEncode(t)) {
      return t;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(t.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return t;
    }
  }

  /**
   * The visible headline: an {@code <h1>}, or on pages without one, a "title"/"headline" element
   * whose text the declared title contains.
   */
  private static Optional<String> heading(PageIndex page, Optional<String> declared) {
    List<Element> h1s = page.byTag("h1");
    Element h1 = h1s.isEmpty() ? null : h1s.get(0);
    if (h1 != null && !h1.text().isBlank()) {
      return Optional.of(Dom.squash(h1.text()));
    }
    String title = declared.map(ArabicFold::foldArabic).orElse("");
    for (Element e :
        page
            .select(
                e -> e.nameIs("h2") || Tree.hasAttributes(e),
                "[class*=title], [class*=headline], h2")
            .stream()
            .limit(MAX_HEADING_CANDIDATES)
            .toList()) {
      String t = Dom.squash(e.text());
      if (t.length() >= 15 && t.length() <= 300 && title.contains(ArabicFold.foldArabic(t))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Removes a leading or trailing outlet name joined by a separator, outermost first. */
  static String strip(String rawTitle, Optional<String> site, Optional<String> h1) {
    String title = Dom.squash(rawTitle);
    int[] last = find(title, true);
    if (last[0] > 0) {
      String head = title.substring(0, last[0]).strip();
      String tail = title.substring(last[0] + last[1]).strip();
      if (isDecoration(tail, head, site, h1)) {
        return strip(head, site, h1);
      }
    }
    int[] first = find(title, false);
    if (first[0] > 0) {
      String head = title.substring(0, first[0]).strip();
      String rest = title.substring(first[0] + first[1]).strip();
      boolean restIsHeading =
          h1.isPresent() && ArabicFold.foldArabic(h1.get()).equals(ArabicFold.foldArabic(rest));
      if (restIsHeading || site.isPresent() && sameName(head, site.get())) {
        return strip(rest, site, h1);
      }
    }
    return title;
  }

  /** Position and length of the last (or first) separator of any kind; position -1 when none. */
  private static int[] find(String title, boolean last) {
    int[] best = {-1, 0};
    for (String sep : SEPARATORS) {
      int i = last ? title.lastIndexOf(sep) : title.indexOf(sep);
      if (i > 0 && (best[0] < 0 || (last ? i > best[0] : i < best[0]))) {
        best[0] = i;
        best[1] = sep.length();
      }
    }
    return best;
  }

  private static boolean isDecoration(
      String tail, String head, Optional<String> site, Optional<String> h1) {
    if (site.isPresent() && sameName(tail, site.get())) {
      return true;
    }
    if (h1.isPresent() && ArabicFold.foldArabic(h1.get()).equals(ArabicFold.foldArabic(head))) {
      return true;
    }
    // Without a declared site name: a short tail after a much longer headline is an outlet name.
    return site.isEmpty() && words(tail) <= 3 && words(head) >= 4;
  }

  private static boolean sameName(String a, String b) {
    String x = ArabicFold.foldArabic(a);
    String y = ArabicFold.foldArabic(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    // "قناة المشرق" names "قناة المشرق الإخبارية"; a headline that merely mentions the outlet does
    // not.
    String shorter = x.length() <= y.length() ? x : y;
    String longer = x.length() <= y.length() ? y : x;
    return longer.contains(shorter) && shorter.length() * 10 >= longer.length() * 6;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }
}
