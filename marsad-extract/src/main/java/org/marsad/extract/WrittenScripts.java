package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The script elements of a page parsed without their bodies ({@link ScriptSkipper}), as the page
 * wrote them: where each start tag and body lies in the page's characters. Read on demand, by the
 * last-resort date reader only: the start tags alone are parsed (so that attributes come out as
 * jsoup reads them), and each body is taken as jsoup's script state takes it (NUL as U+FFFD).
 */
final class WrittenScripts {

  private final char[] page;
  private int[] spans = new int[48];
  private int count;

  WrittenScripts(char[] page) {
    this.page = page;
  }

  /** A script whose start tag begins at {@code tagStart} and whose body is [bodyStart, bodyEnd). */
  void add(int tagStart, int bodyStart, int bodyEnd) {
    if (3 * count + 3 > spans.length) {
      spans = Arrays.copyOf(spans, spans.length * 2);
    }
    spans[3 * count] = tagStart;
    spans[3 * count + 1] = bodyStart;
    spans[3 * count + 2] = bodyEnd;
    count++;
  }

  /**
   * The scripts in the order the page wrote them; empty if parsing the start tags does not give one
   * script element each (the caller then parses the whole page).
   */
  Optional<List<ScriptDates.Script>> read() {
    StringBuilder tags = new StringBuilder();
    for (int k = 0; k < count; k++) {
      tags.append(page, spans[3 * k], spans[3 * k + 1] - spans[3 * k]).append("</script>");
    }
    List<Element> elements =
        Tree.byTag(Parser.htmlParser().parseInput(tags.toString(), ""), "script");
    if (elements.size() != count) {
      return Optional.empty();
    }
    List<ScriptDates.Script> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Element e = elements.get(k);
      String body = new String(page, spans[3 * k + 1], spans[3 * k + 2] - spans[3 * k + 1]);
      out.add(
          new ScriptDates.Script(e.hasAttr("src"), e.attr("type"), body.replace('\0', '\uFFFD')));
    }
    return Optional.of(out);
  }
}
