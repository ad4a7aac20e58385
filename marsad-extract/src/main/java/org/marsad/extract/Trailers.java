package org.marsad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Trims what follows the last paragraph of an article inside its container: links to other stories,
 * a heading with nothing under it ("Tell us what you think", "أخبار ذات صلة"), calls to subscribe
 * or follow ("اشترك في النشرة البريدية"), and the label of an ad slot or comment box ("Advert",
 * "إعلان", "التعليقات"). Only the tail is trimmed, block by block from the end; it stops at the
 * first block that reads as prose, and never takes more than a small share of the text.
 */
final class Trailers {

  private static final String BLOCKS = "p, li, h2, h3, h4, h5, h6, dd, div, section";

  private static final Set<String> BLOCK_NAMES =
      Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dd", "div", "section", "ul", "ol", "table");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** Blocks examined from the end; the trimming stops earlier at the first prose block. */
  private static final int MAX_TRIMMED = 12;

  /** A link-only block shorter than this is a link to another story, not a sentence. */
  private static final int MAX_LINK_LINE = 200;

  /**
   * Whole-block labels of an ad slot or a comment box (folded as {@link ArabicFold#foldArabic}
   * folds): shortness alone never trims, as a sign-off ("XX, the editors") is short too.
   */
  private static final Set<String> SCRAPS =
      Set.of(
          "advert",
          "advertisement",
          "anzeige",
          "werbung",
          "publicite",
          "publicidad",
          "comments",
          "comment",
          "kommentare",
          "commentaires",
          "اعلان",
          "تعليقات",
          "التعليقات");

  /**
   * Calls to subscribe, follow or install an app (folded as {@link ArabicFold#foldArabic} folds):
   * after the last paragraph they are the outlet's, not the story's.
   */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "\\b(newsletters?|subscribe|sign up|follow us|follow [^ ]+ on|get the [^ ]+ apps?"
              + "|download the [^ ]+ apps?|click here|abonnieren|folgen sie uns|abonnez-vous"
              + "|suivez-nous|inscrivez-vous|suscr[ií]bete|s[ií]guenos"
              // Feedback prompts and rating widgets under the story.
              + "|(war|ist) (der|dieser) (artikel|beitrag) (hilfreich|nützlich)"
              + "|(den|diesen) (artikel|beitrag) teilen|noch keine bewertungen"
              + "|in den kommentaren|was this (article|page|post) helpful"
              + "|share this (article|story|post)"
              // Appeals for donations or memberships that close many independent outlets' pages.
              + "|unterstützen sie (uns|diese form)|jede kleine spende|hazte miembro"
              + "|te necesitamos|consider supporting|support (us|our work))\\b"
              // Arabic forms that only a call uses: "اشترك" alone also means "took part".
              + "|اشترك في (النشره|نشرت|قناتنا)|اشترك الان|النشره البريديه|تابعونا|حمل تطبيق|لتصلك");

  /** A call to action is a short line; a longer block that mentions one is prose. */
  private static final int MAX_CALL = 250;

  /** At most this share of the content's text is trimmed: more means the choice was a list. */
  private static final double MAX_SHARE = 0.3;

  private Trailers() {}

  static void trim(Element content) {
    List<Element> blocks = Tree.select(content, x -> true, BLOCKS); // tags only: no jsoup select
    int budget = -1; // measured at the first trailer: most pages have none
    int trimmed = 0;
    for (int i = blocks.size() - 1; i >= 0 && trimmed < MAX_TRIMMED; i--) {
      Element b = blocks.get(i);
      // A wrapper is judged by its children; once they are trimmed, by what it has left.
      if (b.parent() == null || hasBlockChild(b)) {
        continue;
      }
      String text = b.text();
      if (text.isEmpty()) {
        continue;
      }
      if (b.selectFirst(Dom.css("img, " + Embeds.PLACEHOLDER)) != null || !isTrailer(b, text)) {
        return;
      }
      budget = (budget < 0 ? (int) (content.text().length() * MAX_SHARE) : budget) - text.length();
      if (budget < 0) {
        return;
      }
      b.remove();
      trimmed++;
    }
  }

  private static boolean isTrailer(Element b, String text) {
    if (HEADINGS.contains(b.normalName())) {
      return true;
    }
    int len = text.length();
    if (len < MAX_LINK_LINE && Dom.linkTextLength(b) * 10 >= len * 9) {
      return true;
    }
    String folded = ArabicFold.foldArabic(text);
    if (len < MAX_CALL && CALL_TO_ACTION.matcher(folded).find()) {
      return true;
    }
    return len <= 20 && SCRAPS.contains(folded.replace("é", "e"));
  }

  /**
   * By tag name: {@code Element.is} would walk up to the root for every child. By child node, as
   * {@code children()} copies the element children into a new list for every block asked.
   */
  private static boolean hasBlockChild(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element c && BLOCK_NAMES.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }
}
