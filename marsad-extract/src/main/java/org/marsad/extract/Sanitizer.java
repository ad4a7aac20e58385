package org.marsad.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The allow-list sanitiser, applied last: only structural and text-level tags survive, links and
 * images only with http(s) URLs, no scripts, styles, event handlers or {@code javascript:} URLs.
 *
 * <p>It does what jsoup's {@code Cleaner} does with {@code Safelist.relaxed()} plus figures, {@code
 * dir} and {@code lang}, and without {@code ftp:} links, but copies the allowed nodes straight from
 * the content: the cleaner wants a copy of the content in a document of its own, and resolves every
 * URL through two regex passes that strip control characters, most of its cost.
 */
final class Sanitizer {

  /** jsoup's relaxed tags, and figures. */
  private static final Set<String> TAGS =
      Set.of(
          "a",
          "b",
          "blockquote",
          "br",
          "caption",
          "cite",
          "code",
          "col",
          "colgroup",
          "dd",
          "div",
          "dl",
          "dt",
          "em",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "i",
          "img",
          "li",
          "ol",
          "p",
          "pre",
          "q",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "u",
          "ul",
          "figure",
          "figcaption");

  /** Attributes kept on any allowed tag. */
  private static final Set<String> ALL_TAGS = Set.of("dir", "lang");

  /** Attributes kept on one tag (jsoup's relaxed list). */
  private static final Map<String, Set<String>> ATTRIBUTES =
      Map.ofEntries(
          Map.entry("a", Set.of("href", "title")),
          Map.entry("blockquote", Set.of("cite")),
          Map.entry("col", Set.of("span", "width")),
          Map.entry("colgroup", Set.of("span", "width")),
          Map.entry("img", Set.of("align", "alt", "height", "src", "title", "width")),
          Map.entry("ol", Set.of("start", "type")),
          Map.entry("q", Set.of("cite")),
          Map.entry("table", Set.of("summary", "width")),
          Map.entry("td", Set.of("abbr", "axis", "colspan", "rowspan", "width")),
          Map.entry("th", Set.of("abbr", "axis", "colspan", "rowspan", "scope", "width")),
          Map.entry("ul", Set.of("type")));

  /** URL attributes ("tag attribute") and the schemes allowed in them, with their colon. */
  private static final Map<String, Set<String>> SCHEMES =
      Map.of(
          "a href", Set.of("http:", "https:", "mailto:"),
          "blockquote cite", Set.of("http:", "https:"),
          "img src", Set.of("http:", "https:"),
          "q cite", Set.of("http:", "https:"));

  private Sanitizer() {}

  /** Sanitised HTML of a content element whose links were already made absolute. */
  static String clean(Element content, String baseUrl) {
    Writer writer = new Writer(new SanitizerUrls(baseUrl));
    NodeTraversor.filter(writer, content);
    return writer.out.toString().strip();
  }

  /**
   * Writes the allowed elements (with their allowed attributes), text and the data of allowed
   * elements as jsoup prints a copy of them without pretty-printing; a disallowed element leaves
   * its children in its place; embed placeholders go with everything in them. Writing straight to
   * text skips building the copy and jsoup's printer, which cost more than the filtering.
   */
  private static final class Writer implements NodeFilter {
    private final SanitizerUrls urls;
    private final StringBuilder out = new StringBuilder(8192);

    /**
     * Per open allowed element: its start tag still lacks its {@code >}. jsoup ends an element
     * without children its own way ({@code <br>}, {@code <a />} in SVG), so a start tag stays open
     * until a child or the end decides.
     */
    private boolean[] open = new boolean[32];

    private int depth;

    Writer(SanitizerUrls urls) {
      this.urls = urls;
    }

    @Override
    public FilterResult head(Node source, int level) {
      if (source instanceof Element e) {
        if (e.nameIs(Embeds.PLACEHOLDER)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (TAGS.contains(e.normalName())) {
          child();
          start(e);
        }
      } else if (source instanceof TextNode t) {
        child();
        HtmlText.escape(out, t.getWholeText(), false);
      } else if (source instanceof DataNode d && TAGS.contains(d.parent().normalName())) {
        child();
        out.append(d.getWholeData());
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node source, int level) {
      if (source instanceof Element e && TAGS.contains(e.normalName())) {
        if (open[--depth]) {
          out.append(childless(e.tag()));
        } else {
          out.append("</").append(e.tagName()).append('>');
        }
      }
      return FilterResult.CONTINUE;
    }

    /** How jsoup ends an element without children: void, self-closed in XML style, or closed. */
    private static String childless(Tag tag) {
      boolean xml = !tag.namespace().equals(Parser.NamespaceHtml);
      boolean selfClosing = tag.isKnownTag() && (tag.isEmpty() || tag.isSelfClosing());
      if (xml && (tag.is(Tag.SeenSelfClose) || selfClosing)) {
        return " />";
      }
      return !xml && tag.isEmpty() ? ">" : "></" + tag.getName() + ">";
    }

    /** A node goes into the innermost open element: its start tag is complete. */
    private void child() {
      if (depth > 0 && open[depth - 1]) {
        out.append('>');
        open[depth - 1] = false;
      }
    }

    /** The start tag with the allowed attributes, URLs made absolute. */
    private void start(Element e) {
      String tag = e.normalName();
      out.append('<').append(e.tagName());
      Set<String> own = ATTRIBUTES.getOrDefault(tag, Set.of());
      for (Attribute a : e.attributes()) {
        String key = a.getKey();
        if (own.contains(key)) {
          Set<String> schemes = SCHEMES.get(tag + " " + key);
          String value = schemes == null ? a.getValue() : urls.absolute(a.getValue());
          if (schemes == null || hasScheme(value, schemes)) {
            attribute(key, value);
          }
        } else if (ALL_TAGS.contains(key)) {
          attribute(key, a.getValue());
        }
      }
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = true;
    }

    private void attribute(String key, String value) {
      out.append(' ').append(key).append("=\"");
      HtmlText.escape(out, value, true);
      out.append('"');
    }

    private static boolean hasScheme(String url, Set<String> schemes) {
      String lower = url.toLowerCase(Locale.ROOT);
      for (String s : schemes) {
        if (lower.startsWith(s)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Makes every link and image URL of the measured content absolute; unusable ones are dropped.
   * Returns the images kept (each then has its {@code src}).
   */
  static int absolutize(Lengths content, Element root, String baseUrl) {
    Function<String, Optional<String>> resolver = Dom.resolver(baseUrl);
    Evaluator link = Dom.css("a[href]");
    int images = 0;
    for (Element e : content.select(e -> e.nameIs("a") || e.nameIs("img"))) {
      if (e.nameIs("a") && link.matches(root, e)) {
        resolver
            .apply(e.attr("href"))
            .ifPresentOrElse(u -> e.attr("href", u), () -> e.removeAttr("href"));
      } else if (e.nameIs("img")) {
        Optional<String> src = resolver.apply(e.attr("src"));
        src.ifPresentOrElse(u -> e.attr("src", u), e::remove);
        images += src.isPresent() ? 1 : 0;
      }
    }
    return images;
  }
}
