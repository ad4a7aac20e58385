package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page test of update words never rules out a page whose date lines hold one. */
class UpdateWordsTest {

  private static boolean mayBeIn(String body) {
    return UpdateWords.mayBeIn(Jsoup.parse("<body>" + body + "</body>").body());
  }

  @Test
  void wordsSplitAcrossElementsOrSpacedOddlyAreFound() {
    assertTrue(mayBeIn("<p>19. Jan 2020 / Up<b>dated</b> 8 hours ago</p>"));
    assertTrue(mayBeIn("<span>mis&nbsp;<i>à</i>\u200F jour le 3 mai</span>"));
    assertTrue(mayBeIn("<div>آخر<span>&#8203;</span></div><div>تحديث: 12 مارس</div>"));
    assertTrue(mayBeIn("<small>UPDATED</small>"));
    // A case-blind Unicode regex reads the dotless ı as i.
    assertTrue(UpdateWords.inLine("Aktualısıert 3.5.2020"));
    assertTrue(mayBeIn("<p>Aktualısıert 3.5.2020</p>"));
  }

  @Test
  void pagesWithoutTheWordsAreRuledOut() {
    assertFalse(mayBeIn("<p>Published 19 Jan 2020</p><p>نشر في 12 مارس 2024</p>"));
    assertFalse(mayBeIn("<p>update</p><p>تحديثات</p>"));
  }

  @Test
  void startIsWhereTheLineNamesTheUpdate() {
    assertEquals(19, UpdateWords.start("January 19, 2020 / Updated 8 hours ago"));
    assertEquals(-1, UpdateWords.start("outdated 2020"));
  }

  /** Random markup from pieces of the words: whenever a date line holds one, the page may. */
  @Test
  void everyLineWithAWordPassesThePageTest() {
    List<String> pieces =
        List.of(
            "Up",
            "dated",
            "UPDATED ",
            "mis",
            " ",
            "&nbsp;",
            "à",
            "jour",
            "آخر",
            " تحديث",
            "تم",
            "ال",
            "تحديث",
            "\u200F",
            "&#8203;",
            "&shy;",
            "12.05.2020 ",
            "3 mai 2021",
            "<b>",
            "</b>",
            "<span class=\"date\">",
            "</span>",
            "<p>",
            "</p>",
            "<br>",
            "<time>",
            "</time>",
            "Aktualisiert",
            "am ",
            "<h1>T</h1>",
            "<div class=\"meta\">",
            "</div>");
    Random random = new Random(7);
    int withWord = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, len = 3 + random.nextInt(12); k < len; k++) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      Document doc = Jsoup.parse("<body>" + b + "</body>");
      boolean inLines =
          Bylines.candidates(doc, PageIndex.of(doc)).stream().anyMatch(UpdateWords::inLine);
      if (inLines) {
        withWord++;
        assertTrue(UpdateWords.mayBeIn(doc.body()), b::toString);
      }
    }
    assertTrue(withWord > 100, "too few pages with a word to test: " + withWord);
  }
}
