package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.marsad.text.CharsetDetector;

/**
 * The skipper's invariant, held against jsoup itself: whenever the parse confirms the bodies it
 * skipped, the tree is the whole page's with those bodies left out, and the scripts as written are
 * the ones jsoup reads; whatever the parse confirms, {@link Inputs#parse} gives that tree.
 */
class ScriptSkipperTest {

  private static final String URL = "https://x.example/";

  /** The tree without script and style bodies (of a copy: the document is left as it is). */
  static String withoutBodies(Document doc) {
    return withoutBodies(doc, doc);
  }

  /**
   * {@link #withoutBodies(Document)}, and without the children of each SVG that holds only shapes
   * in {@code doc} and none in {@code skipped} (its SVGs in the same order): a skipped SVG body.
   */
  static String withoutBodies(Document doc, Document skipped) {
    Document copy = doc.clone();
    for (Element e : copy.getAllElements()) {
      if (e.nameIs("script") || e.nameIs("style")) {
        e.childNodes().stream()
            .filter(DataNode.class::isInstance)
            .toList()
            .forEach(n -> n.remove());
      }
    }
    List<Element> svgs = copy.select("svg");
    List<Element> skippedSvgs = skipped.select("svg");
    for (int i = 0; i < svgs.size() && svgs.size() == skippedSvgs.size(); i++) {
      if (skippedSvgs.get(i).childNodeSize() == 0 && onlyShapes(svgs.get(i))) {
        svgs.get(i).empty();
      }
    }
    StringBuilder out = new StringBuilder();
    tree(copy, out);
    return out.toString();
  }

  /**
   * The tree as nodes, names, attributes and texts: not {@code outerHtml}, which prints an empty
   * SVG element as self-closing once the parse has seen its tag self-closed anywhere, skipped or
   * not.
   */
  private static void tree(Node n, StringBuilder out) {
    if (n instanceof Element e) {
      out.append('<').append(e.tag().namespace()).append(' ').append(e.tagName());
      e.attributes()
          .forEach(a -> out.append(' ').append(a.getKey()).append('=').append(a.getValue()));
      out.append(">\n");
      e.childNodes().forEach(c -> tree(c, out));
      out.append("</").append(e.tagName()).append(">\n");
    } else {
      out.append(n.nodeName()).append(' ').append(n.outerHtml()).append('\n');
    }
  }

  private static boolean onlyShapes(Element svg) {
    for (Node n : svg.childNodes()) {
      boolean shape =
          n instanceof Element e
              ? (InlineSvg.SHAPES.contains(e.normalName()) || e.normalName().startsWith("fe"))
                  && onlyShapes(e)
              : n instanceof TextNode t && t.isBlank();
      if (!shape) {
        return false;
      }
    }
    return true;
  }

  /** What the last-resort date reader takes from a script: whether it has a src, type, body. */
  record Script(boolean hasSrc, String type, String data) {}

  /** The scripts of a page parsed whole. */
  static List<Script> scripts(Document whole) {
    return scripts(PageIndex.of(whole));
  }

  /** The scripts of an indexed page, with their bodies as written. */
  static List<Script> scripts(PageIndex page) {
    return page.byTag("script").stream()
        .map(e -> new Script(e.hasAttr("src"), e.attr("type"), page.dataAsWritten(e)))
        .toList();
  }

  /**
   * Checks the invariant on {@code html}; returns whether the parse confirmed the skipped bodies
   * (true when none was skipped).
   */
  private static boolean check(String html) {
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    Document whole = Parser.htmlParser().parseInput(new Utf8Reader(page), URL);
    whole.body(); // as the index asks for it, which makes jsoup add one where the page has none
    SkippedBodies skipped = new SkippedBodies(page, ScriptSkipper.skim(page));
    Document doc = Parser.htmlParser().parseInput(skipped.reader(), URL);
    PageIndex index = PageIndex.of(doc, skipped);
    boolean confirmed = index.settle();
    if (confirmed) {
      assertEquals(withoutBodies(whole, doc), withoutBodies(doc), html);
      assertEquals(scripts(whole), scripts(index), "scripts of " + html);
    }
    if (Inputs.onlyUtf8Declared(page)) {
      Inputs.Parsed parsed = Inputs.parse(page, Optional.empty(), URL);
      assertEquals(withoutBodies(whole, parsed.doc()), withoutBodies(parsed.doc()), html);
      assertEquals(scripts(whole), scripts(parsed.page()), "scripts of " + html);
    }
    return confirmed;
  }

  @Test
  void skipsScriptAndStyleBodiesAndKeepsJsonLd() {
    String html =
        "<html><head><style>p { color: red }</style>"
            + "<script type=\"application/ld+json\">{\"datePublished\":\"2024-03-05\"}</script>"
            + "<script>var published_at = \"2024-03-04T10:00:00Z\";</script>"
            + "<script type=\"application/json\">{\"created_at\":\"2024-03-01\"}</script></head>"
            + "<body><p>نص الخبر 🌅</p><script src=\"x.js\"></script></body></html>";
    assertTrue(check(html));
    Inputs.Parsed parsed =
        Inputs.parse(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), URL);
    assertEquals("", parsed.doc().selectFirst("style").data());
    List<Element> elements = parsed.doc().select("script");
    assertEquals("{\"datePublished\":\"2024-03-05\"}", elements.get(0).data(), "JSON-LD is kept");
    assertEquals("", elements.get(1).data());
    assertEquals("", elements.get(2).data(), "a state blob is skipped too");
    assertTrue(parsed.doc().text().contains("نص الخبر 🌅"));
    List<Script> scripts = scripts(parsed.page());
    assertEquals("var published_at = \"2024-03-04T10:00:00Z\";", scripts.get(1).data());
    assertEquals("{\"created_at\":\"2024-03-01\"}", scripts.get(2).data());
    assertTrue(scripts.get(3).hasSrc());
  }

  /**
   * Comment text is skipped like a body and given back to its comment: the tree is the page's own,
   * comments included.
   */
  @Test
  void skipsCommentTextAndGivesItBack() {
    String html =
        "<!DOCTYPE html><!-- صفحة الخبر: تعليق طويل 🌅 --><html><head>"
            + "<!--[if lt IE 9]><script src=\"old.js\"></script><![endif]-->"
            + "</head><body><p>نص</p><!-- a comment --!><!--- a dash first, dropped --->"
            + "<!-- a\u0000nul and -- dashes ---></body></html>";
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    assertEquals(6, ScriptSkipper.skim(page).length, "not the short one, nor the dashed");
    assertTrue(check(html));
    Document doc = Inputs.parse(page, Optional.empty(), URL).doc();
    assertEquals(" صفحة الخبر: تعليق طويل 🌅 ", ((Comment) doc.childNode(1)).getData());
  }

  /** A path long enough for its SVG to be skipped. */
  private static final String D = "M0 0 L 1 1 L 2 2 L 3 3 L 4 4 L 5 5 L 6 6 L 7 7 L 8 8 L 9 9 Z";

  /** An inline SVG that only draws shapes is skipped, and its element stays, empty. */
  @Test
  void skipsSvgBodiesThatOnlyDrawShapes() {
    String icon =
        "<svg viewBox=\"0 0 24 24\" class=\"icon\"><g fill=\"none\"><path d=\"M12 2L2 22h20z\"/>"
            + "<circle cx=\"12\" cy=\"17\" r=\"1\"></circle></g>\n</svg>";
    String html =
        "<p>قبل</p>"
            + icon
            + "<p>بعد</p><SVG><PATH D='M0 0 L 1 1 L 2 2 L 3 3 Z'/>"
            + "<linearGradient id='a'><stop offset='0'/></linearGradient></SVG>";
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    assertEquals(4, ScriptSkipper.skim(page).length);
    assertTrue(check(html));
    Document doc = Inputs.parse(page, Optional.empty(), URL).doc();
    assertEquals(2, doc.select("svg").size());
    assertEquals(0, doc.selectFirst("svg").childNodeSize());
    assertEquals("icon", doc.selectFirst("svg").className());
    for (String kept :
        List.of(
            "<svg><title>شعار الموقع</title><path d='" + D + "'/></svg>",
            "<svg><text x='1'>نص</text><path d='" + D + "'/></svg>",
            "<svg><path d='" + D + "'/><p>out</p></svg>",
            "<svg><g><path d='" + D + "'/></svg>",
            "<svg/><path d='" + D + "'/><p>a</p></svg>")) {
      assertEquals(0, ScriptSkipper.skim(kept.getBytes(StandardCharsets.UTF_8)).length, kept);
      assertTrue(check(kept));
    }
    assertFalse(check("<select><svg><path d='" + D + "'/></svg>"));
    assertFalse(check("<p title='<svg><path d=\"" + D + "\"/></svg>'>"));
  }

  /**
   * A shape whose quoted value runs past its SVG is read no further than the SVG: each SVG's tags
   * are read once, whatever quotes the rest of the page holds.
   */
  @Test
  void aShapeTagIsReadNoFurtherThanItsSvg() {
    String open = "<svg><path d='" + D + "/></svg>";
    byte[] page = (open + "<p title='x'>y</p>").getBytes(StandardCharsets.UTF_8);
    PageBytes bytes = new PageBytes(page);
    int to = open.indexOf("</svg>");
    assertEquals(TagReader.STOP, new TagReader(bytes).end("<svg><path".length(), to));
    assertTrue(new TagReader(bytes).end("<svg><path".length()) > to);
    assertEquals(0, ScriptSkipper.skim(page).length);
    assertTrue(check(new String(page, StandardCharsets.UTF_8)));
  }

  /** A guess the parse does not confirm sends the page to a whole parse. */
  @Test
  void aScriptTagThatIsNoTagIsNotConfirmed() {
    assertFalse(check("<div title=\"<script>x</script>\">t</div><script>y</script>"));
    assertFalse(check("<xmp><script>t</script></xmp><script>u</script>"));
    assertFalse(check("<math><style>a</style></math><p>b</p>"));
    assertFalse(check("<p data-embed='<!-- a comment in a value -->'>a</p>"));
    assertFalse(check("<iframe><!-- iframe text, not a comment --></iframe>"));
  }

  /**
   * jsoup ends title and textarea text early where it finds no end tag in one case ahead, near the
   * page's end: where that may happen, nothing is skipped.
   */
  @Test
  void aTitleWithoutAnEndTagInOneCaseStopsAllSkipping() {
    for (String html :
        List.of(
            "<title>a</Title><script>var x = 1;</script><p>b</p>",
            "<script>var x = 1;</script><p>b</p><textarea>c",
            "<script>var x = 1;</script><p>b</p><title>c</title >d<title>e<p>f</p>",
            "<p title='<!--'>a</p><title>b</TITLE><script>var x = 1;</script><p title='-->'>",
            "<title data-x='<b>'>a</title><script>var x = 1;</script>")) {
      assertEquals(0, ScriptSkipper.skim(html.getBytes(StandardCharsets.UTF_8)).length, html);
      assertTrue(check(html));
    }
    String tagWithLt = "<script data-x='<b>'>var x = 1;</script><p>a</p>";
    assertEquals(0, ScriptSkipper.skim(tagWithLt.getBytes(StandardCharsets.UTF_8)).length);
    String closed = "<title>a</TITLE><script>var x = 1;</script><textarea>b</textarea>";
    assertEquals(2, ScriptSkipper.skim(closed.getBytes(StandardCharsets.UTF_8)).length);
    assertTrue(check(closed));
  }

  @Test
  void followsTheTokeniserThroughTrickyMarkup() {
    List<String> pages =
        List.of(
            "<script>if (a<b) x = '</scr' + 'ipt>';</script><p>after</p>",
            "<script><!-- document.write('<script>x</script>'); --></script><p>a</p><script>b</script>",
            "<script><!-- <script> </script> still --></script><p>a</p><script>s</script>",
            "<script>a<!--b<script>c</script>d-->e</script><p>f</p><script>g</script>",
            "<script>a</scriptx><p>still script</p></script><p>b</p>",
            "<script>x</SCRIPT ><p>c</p><script>x</script\n><p>d</p>",
            "<script>x</script foo=\"a>b\"><p>d</p><script>y</script>",
            "<script>a</scrİpt><p>b</p><script>c</ſcript>d</script>",
            "<div title=\"<script>\">t</div><script>y</script><p>e</p>",
            "<div <script>x</script><p>y</p><script>z</script>",
            "<a href='x>y'>l</a><script>s</script><img alt=a>b><script>t</script>",
            "<!-- <script> --><p>f</p><script>z</script>",
            "<!--><script>q</script><p>g</p><!---><script>r</script><!-- a --!><script>s</script>",
            "<!-- a --><!----><!-- b ---><script>q</script><!-- c --!-><script>r</script>-->",
            "<![CDATA[ <script> ]]><script>s</script><![CDATA[ x",
            "<!DOCTYPE html PUBLIC \"-//a>b\" \"c\"><script>s</script>",
            "<? php ?><script>s</script></ bogus><script>t</script></><p>u</p>",
            "<textarea><script>t</script></textarea><script>u</script>",
            "<title><script>v</title><script>w</script><title>x",
            "<style>p{}</style><p>h</p><style>a</STYLE><p>i</p>",
            "<style>a</a<</style><p>j</p></style><p>k</p>",
            "<xmp><script>s</script></xmp><script>t</script><iframe><script></iframe>",
            "<svg><title>Close</title><path d='M0'/><style>.a{}</style></svg><script>s</script>",
            "<svg><p>out</p></svg><script>s</script><svg><title><b>x</b></title></svg><script>t</script>",
            "<svg><script>s</script></svg><script>t</script><math><script>u</script></math>",
            "<head><noscript><style>n</style></noscript><script>s</script></head><body>x",
            "<head><noscript><script>s</script><title>t</title></noscript></head><script>u</script>",
            "<body><noscript><iframe src=x></iframe></noscript><script>s</script>",
            "<select><option>a</option><script>s</script><style>t</style></select><script>u</script>",
            "<frameset><script>s</script></frameset><script>t</script>",
            "<plaintext><script>s</script>",
            "<p>a<script/>b</script>c<style/>d</style>",
            "<script>a\u0000b</script><style>c\u0000d</style>",
            "<script>a</b\u0000c d\u0000</\u0000</x<\u0000 e</script><style></a\u0000</style>",
            "<script type=\"application/ld&#43;json\">{}</script><script type=json>{}</script>",
            "<script>unterminated <p>",
            "<style>unterminated <p>",
            "<script",
            "<svg><maſk/><ma\u212Ak/></svg><script>s</script>",
            "<script>a<!--<scrİpt>b</script>c</script><p>d</p><script>e</script>",
            "<script>a<!--<script>b</scrİpt>c</script><p>d</p><script>e</script>",
            "<script>a<!--<sبcript>b</script>c</script><p>d</p><script>e</script>",
            "<script>a<!--<s🌅cript>b</script>c</script><p>d</p><script>e</script>",
            "<ſcript>a</ſcript><SCRİPT>b</SCRİPT><script>c</script>",
            "<script>٣ < ٤ && 'نص' </scr</script><style>/* 🌅 */</style><p>x</p>",
            "<script>a</script <!-- in the end tag, no comment -->><p>b</p>",
            "<script>a<!-- b --></script><p>c</p><style>d</style><!-- a comment after it -->",
            "<script type=application/ld+json>{\"a\":\"<style>x</style>\"}</script><style>e</style>",
            "<svg><g><svg><path/></svg><style>s</style></g></svg><style>t</style><SVG><script>u",
            "<title>a <!-- not a comment in a title --></title><script>b</script>");
    int confirmed = 0;
    for (String html : pages) {
      confirmed += check(html) ? 1 : 0;
    }
    assertTrue(confirmed > pages.size() / 2, confirmed + " of " + pages.size() + " confirmed");
  }

  /** Random markup from the pieces that move the tokeniser's states, with a fixed seed. */
  @Test
  void holdsOnRandomMarkup() {
    String[] pieces = {
      "<script>",
      "</script>",
      "<style>",
      "</style>",
      "<!--",
      "-->",
      "--!>",
      "<!",
      "<svg>",
      "</svg>",
      "<title>",
      "</title>",
      "<textarea>",
      "</textarea>",
      "<noscript>",
      "</noscript>",
      "<select>",
      "<option>",
      "</select>",
      "<![CDATA[",
      "]]>",
      "<p>",
      "</p>",
      "<",
      "</",
      ">",
      "/",
      "=",
      "\"",
      "'",
      " ",
      "-",
      "a",
      "x",
      "<script type=json>",
      "<body>",
      "<path/>",
      "<path d=\"M0 0L10 10\"></path>",
      "<g class=\"icon-shape\">",
      "</g>",
      "<SCRIPT>",
      "</SCRIPT>",
      "ب",
      "🌅",
      "scrİpt",
      "<!-- تعليق طويل بما يكفي 🌅 -->",
      " a run of text long enough to skip ",
      "\u0000"
    };
    Random random = new Random(Long.getLong("seed", 20261207));
    int rounds = Integer.getInteger("rounds", 3000);
    int confirmed = 0;
    for (int round = 0; round < rounds; round++) {
      StringBuilder html = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      confirmed += check(html.toString()) ? 1 : 0;
    }
    assertTrue(confirmed > rounds / 2, confirmed + " of " + rounds + " confirmed");
  }

  @Test
  void holdsOnEveryFixturePage() throws IOException, URISyntaxException {
    Path dir = Path.of(ScriptSkipperTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
        String html = CharsetDetector.decode(Files.readAllBytes(p), Optional.empty());
        assertTrue(check(html), p + " confirmed");
      }
    }
  }

  @Test
  void aPageWithoutScriptsIsParsedAsItIs() {
    assertEquals(
        0, ScriptSkipper.skim("<p>لا شيء هنا</p>".getBytes(StandardCharsets.UTF_8)).length);
    assertTrue(check("<p>لا شيء هنا</p>"));
  }

  /**
   * Bodies not skipped are read again as markup, so tags nested without ends could make the scan
   * quadratic: past a budget linear in the page, nothing is skipped.
   */
  @Test
  void nestedUnskippableTagsStopTheScan() {
    String html =
        "<script>var a = 1;</script>"
            + "<script type=\"application/ld+json\">".repeat(50_000)
            + "</script><p>x</p>";
    assertEquals(0, ScriptSkipper.skim(html.getBytes(StandardCharsets.UTF_8)).length);
    String fine = "<script>var a = 1;</script>" + "<p>x</p>".repeat(50_000);
    assertEquals(2, ScriptSkipper.skim(fine.getBytes(StandardCharsets.UTF_8)).length);
  }

  /** Markers number bodies with one character each: a page with more keeps the rest whole. */
  @Test
  void manyBodiesAreSkippedUpToTheMarkersThereAre() {
    String html = "<p>x</p><script>var a = 1;</script>".repeat(ScriptSkipper.MAX_CUTS + 10);
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    assertEquals(2 * ScriptSkipper.MAX_CUTS, ScriptSkipper.skim(page).length);
    assertTrue(check(html));
  }
}
