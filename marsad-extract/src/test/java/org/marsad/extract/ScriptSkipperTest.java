package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The skipper's invariant, held against jsoup itself: the cut page parses to the whole page's tree
 * with script and style bodies empty, and the scripts it records are the ones jsoup reads.
 */
class ScriptSkipperTest {

  private static Document parse(CharBuffer chars) {
    return Parser.htmlParser().parseInput(Inputs.reader(chars), "https://x.example/");
  }

  /** The tree without script and style bodies. */
  private static String withoutBodies(Document doc) {
    for (Element e : doc.getAllElements()) {
      if (e.nameIs("script") || e.nameIs("style")) {
        e.childNodes().stream()
            .filter(DataNode.class::isInstance)
            .toList()
            .forEach(n -> n.remove());
      }
    }
    return doc.outerHtml();
  }

  /** Checks the invariant on {@code html}; returns what the skipper made of it. */
  private static ScriptSkipper.Skimmed check(String html) {
    CharBuffer page = CharBuffer.wrap(html.toCharArray());
    ScriptSkipper.Skimmed skimmed = ScriptSkipper.skim(page.duplicate());
    Document whole = parse(page);
    List<ScriptDates.Script> scripts =
        Tree.byTag(whole, "script").stream().map(ScriptDates.Script::of).toList();
    assertEquals(withoutBodies(whole), withoutBodies(parse(skimmed.chars())), html);
    skimmed
        .scripts()
        .ifPresent(s -> assertEquals(Optional.of(scripts), s.read(), "scripts of " + html));
    return skimmed;
  }

  @Test
  void cutsScriptAndStyleBodiesAndKeepsJsonLd() {
    String html =
        "<html><head><style>p { color: red }</style>"
            + "<script type=\"application/ld+json\">{\"datePublished\":\"2024-03-05\"}</script>"
            + "<script>var published_at = \"2024-03-04T10:00:00Z\";</script>"
            + "<script type=\"application/json\">{\"created_at\":\"2024-03-01\"}</script></head>"
            + "<body><p>نص الخبر 🌅</p><script src=\"x.js\"></script></body></html>";
    ScriptSkipper.Skimmed s = check(html);
    assertTrue(s.cut());
    String cut = s.chars().toString();
    assertFalse(cut.contains("color: red"), cut);
    assertFalse(cut.contains("var published_at"), cut);
    assertTrue(cut.contains("{\"datePublished\":\"2024-03-05\"}"), "JSON-LD keeps its body");
    assertTrue(cut.contains("نص الخبر 🌅"), cut);
    List<ScriptDates.Script> scripts = s.scripts().orElseThrow().read().orElseThrow();
    assertEquals("var published_at = \"2024-03-04T10:00:00Z\";", scripts.get(1).data());
    assertEquals("{\"created_at\":\"2024-03-01\"}", scripts.get(2).data());
    assertFalse(cut.contains("created_at"), "a state blob is cut and kept for the date reader");
    assertTrue(scripts.get(3).hasSrc());
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
            "<script type=\"application/ld&#43;json\">{}</script><script type=json>{}</script>",
            "<script>unterminated <p>",
            "<style>unterminated <p>",
            "<script");
    for (String html : pages) {
      check(html);
    }
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
      "<SCRIPT>",
      "</SCRIPT>"
    };
    Random random = new Random(Long.getLong("seed", 20261207));
    for (int round = 0; round < Integer.getInteger("rounds", 3000); round++) {
      StringBuilder html = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      check(html.toString());
    }
  }

  @Test
  void holdsOnEveryFixturePage() throws IOException, URISyntaxException {
    Path dir = Path.of(ScriptSkipperTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
        check(Inputs.decode(Files.readAllBytes(p), Optional.empty()).toString());
      }
    }
  }

  @Test
  void aPageWithoutScriptsIsParsedAsItIs() {
    ScriptSkipper.Skimmed s = check("<p>لا شيء هنا</p>");
    assertFalse(s.cut());
    assertEquals("<p>لا شيء هنا</p>", s.chars().toString());
    assertTrue(s.scripts().isEmpty());
  }
}
