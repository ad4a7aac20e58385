package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders content as plain text: one paragraph per block, paragraphs separated by one blank line,
 * whitespace collapsed inside a paragraph, spelling and emoji untouched. Captions are left to
 * {@link ExtractedArticle#images()} and embeds to {@link ExtractedArticle#embeds()}.
 */
final class TextRenderer {

  private static final Set<String> BREAKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "section",
          "article",
          "tr",
          "td",
          "th",
          "table",
          "figure",
          "dd",
          "dt",
          "dl",
          "br",
          "hr",
          "header",
          "footer",
          "main",
          "center",
          "address");
  private static final Set<String> SKIPPED =
      Set.of("figcaption", Embeds.PLACEHOLDER, "script", "style");

  private TextRenderer() {}

  static String render(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e
                && (SKIPPED.contains(e.normalName()) || bareRubyReading(e))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t) {
              current.append(t.getWholeText());
            } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
              flush(current, paragraphs);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BREAKS.contains(e.normalName())) {
              flush(current, paragraphs);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  /**
   * A ruby reading (the kana printed above Japanese kanji) would be spliced into the word it
   * annotates; with {@code <rp>} parentheses the page itself asks for "word (reading)", so it
   * stays.
   */
  private static boolean bareRubyReading(Element e) {
    Element ruby = e.parent();
    return e.nameIs("rt")
        && ruby != null
        && ruby.nameIs("ruby")
        && ruby.getElementsByTag("rp").isEmpty();
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() == 0) {
      return; // most breaks follow another break
    }
    String p = Dom.squash(current);
    current.setLength(0);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }
}
