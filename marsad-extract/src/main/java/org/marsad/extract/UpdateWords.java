package org.marsad.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The words of an update line ("Updated", "آخر تحديث"), found in a date line ({@link #inLine}) or,
 * before any line is read, ruled out for a whole page from its text ({@link #mayBeIn}).
 *
 * <p>The page test is a necessary condition, never a guess. Every date line is made of the text of
 * consecutive text nodes of the body in document order: whitespace collapsed or added between them,
 * direction marks squashed, zero-width spaces and soft hyphens dropped. So once every such
 * character is removed from the body's text and from the words, and letters are folded as a
 * case-blind Unicode regex folds them, a word a line holds is a substring of the body's text.
 */
final class UpdateWords {

  private static final List<String> WORDS =
      List.of(
          "updated",
          "aktualisiert",
          "mis à jour",
          "actualizado",
          "aggiornato",
          "تم التحديث",
          "آخر تحديث");

  /** An update word anywhere in a line, not inside another word. */
  private static final Pattern IN_LINE =
      Pattern.compile(
          "(?<!\\p{L})(?:" + String.join("|", WORDS) + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@link #WORDS} as the page test compares them: without spaces, folded. */
  private static final List<String> FOLDED = WORDS.stream().map(UpdateWords::fold).toList();

  private UpdateWords() {}

  static boolean inLine(String line) {
    return start(line) >= 0;
  }

  /** Where the first update word of {@code line} starts, else -1. */
  static int start(String line) {
    Matcher m = IN_LINE.matcher(line);
    return m.find() ? m.start() : -1;
  }

  /** False when no date line of the page under {@code body} can hold an update word. */
  static boolean mayBeIn(Element body) {
    StringBuilder text = new StringBuilder();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendFolded(t.getWholeText(), text);
            }
          }
        });
    String all = text.toString();
    return FOLDED.stream().anyMatch(all::contains);
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder();
    appendFolded(s, b);
    return b.toString();
  }

  private static void appendFolded(String s, StringBuilder into) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDropped(c)) {
        into.append(fold(c));
      }
    }
  }

  /**
   * What {@link Dom#squash} turns into spaces, other Unicode spaces, and the zero-width space and
   * soft hyphen, which jsoup's text drops.
   */
  private static boolean isDropped(char c) {
    return Dom.isSquashSpace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u00AD';
  }

  /** The case folding of a CASE_INSENSITIVE | UNICODE_CASE regex (Arabic has no case). */
  private static char fold(char c) {
    if (c < 0x80) {
      return Dom.asciiLower(c);
    }
    if (c >= '\u0600' && c <= '\u06FF') {
      return c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
