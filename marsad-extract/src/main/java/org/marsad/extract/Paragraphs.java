package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Plain-text paragraphs from a JSON-LD {@code articleBody}, and their HTML form. */
final class Paragraphs {

  private Paragraphs() {}

  /** One paragraph per non-blank line (or per block, when the body holds HTML). */
  static String fromPlain(String body) {
    if (body.contains("</p>") || body.contains("<br")) {
      return TextRenderer.render(Jsoup.parseBodyFragment(body).body());
    }
    List<String> out = new ArrayList<>();
    for (String line : body.split("\\R")) {
      String p = Dom.squash(line);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return String.join("\n\n", out);
  }

  static String toHtml(String text) {
    StringBuilder b = new StringBuilder();
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        b.append("<p>").append(Entities.escape(p)).append("</p>");
      }
    }
    return b.toString();
  }
}
