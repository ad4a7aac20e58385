package org.marsad.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes the breakage hand-edited and exported OPML files commonly have, before strict XML parsing:
 * leading BOM/whitespace, a bare '&amp;' in URLs, HTML named entities XML does not know.
 */
final class XmlRepair {

  private static final Pattern AMPERSAND =
      Pattern.compile("&(?!(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});)");
  private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]{0,31});");
  private static final Map<String, Integer> HTML_ENTITIES =
      Map.of(
          "nbsp", 160, "copy", 169, "reg", 174, "laquo", 171, "raquo", 187, "hellip", 8230, "mdash",
          8212, "ndash", 8211, "rlm", 8207, "lrm", 8206);

  private XmlRepair() {}

  static String repair(String text) {
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    String s = AMPERSAND.matcher(text.substring(start)).replaceAll("&amp;");
    Matcher m = NAMED.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement =
          switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> m.group();
            default ->
                HTML_ENTITIES.containsKey(name)
                    ? "&#" + HTML_ENTITIES.get(name) + ";"
                    : "&amp;" + name + ";"; // unknown: keep the text as written
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
