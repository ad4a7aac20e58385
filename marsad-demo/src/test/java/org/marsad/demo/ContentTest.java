package org.marsad.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {

  @Test
  void blockFormat() {
    List<Block> blocks =
        Block.parse(
            "t", "# c\nslug: a\ntitle: عنوان: فرعي\n---\nفقرة 1\n\nفقرة 2\n" + "===\nslug: b\n");
    assertEquals(2, blocks.size());
    assertEquals("عنوان: فرعي", blocks.get(0).require("title"));
    assertEquals(List.of("فقرة 1", "فقرة 2"), blocks.get(0).paragraphs());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> blocks.get(1).require("title"));
    assertTrue(e.getMessage().contains("t record 2") && e.getMessage().contains("title"));
    assertThrows(IllegalStateException.class, () -> Block.parse("t", "no colon here\n"));
  }

  @Test
  void bundledContentIsConsistent() {
    DemoContent c = DemoContent.load();
    assertTrue(c.outlets().size() >= 6);
    for (OutletProfile o : c.outlets()) {
      List<StoryPiece> pieces = c.piecesOf(o);
      assertTrue(pieces.size() >= 9, o.key());
      for (StoryPiece p : pieces) {
        assertFalse(p.tags().isEmpty(), p.slug());
        assertTrue(p.slug().matches("[a-z0-9-]+"), "ASCII slug: " + p.slug());
        for (String para : p.paragraphs()) {
          PageChrome.furniture(o).forEach(f -> assertFalse(para.contains(f), p.slug() + ": " + f));
        }
      }
    }
  }

  @Test
  void legacyCharsetKeepsEmojiAsCharacterReferences() {
    Charset cp1256 = Charset.forName("windows-1256");
    byte[] bytes = Markup.encode("<p>مرحبا 💪🏽🇩🇿</p>", cp1256);
    String back = new String(bytes, cp1256);
    assertEquals("<p>مرحبا &#x1F4AA;&#x1F3FD;&#x1F1E9;&#x1F1FF;</p>", back);
    assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("مرحبا"));
  }

  @Test
  void jsonEscapingIsSafeInsideScript() {
    assertEquals("\"a\\\"b<\\/script>\\n\"", Markup.json("a\"b</script>\n"));
    assertEquals("x &amp; &lt;y&gt; &quot;z&quot;", Markup.esc("x & <y> \"z\""));
  }
}
