package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class FurnitureLabelsTest {

  private static FurnitureLabels.Kind kindOf(String text) {
    return FurnitureLabels.match(ArabicFold.foldArabic(text)).orElseThrow().kind();
  }

  /** The prefix test by the full fold: some label starts it. */
  private static boolean foldingMayMatch(String text) {
    String folded = ArabicFold.foldArabic(text);
    return FurnitureLabels.texts().stream().anyMatch(folded::startsWith);
  }

  @Test
  void theStoppingPrefixTestAgreesWithTheFoldingOne() throws Exception {
    List<String> texts = new ArrayList<>();
    String[] seeds = {
      "اقرأ أيضاً:",
      "اقـرأ ايضا",
      "إقرأ  أيضًا",
      "كلمات دلالية",
      "الكلمات المفتاحية:",
      "المصدر:",
      "مصدر الصورة",
      "شارك",
      "شارك على فيسبوك",
      "تابعونا",
      "اقرأ المزيد",
      "الوسوم",
      "وسوم:",
      "Lea también:",
      "Share this with Email",
      "Copy this link",
      "Quelle: Landesamt",
      "Read more",
      "Tags:",
      "Source:",
      "الأخبار المتعلقة",
      "قال المصدر إن",
      "  \u200F اقرأ",
      "ــــ",
      "ً",
      "",
      "Mehr zum Thema",
      "Zobacz także"
    };
    for (String seed : seeds) {
      for (int end = 0; end <= seed.length(); end++) {
        texts.add(seed.substring(0, end));
        texts.add(seed.substring(0, end) + "x خبر");
        texts.add(" " + seed.substring(0, end) + "  ");
      }
    }
    Random random = new Random(11);
    String alphabet = "اأإآلقرءيضكمتدةىهشعفبسوSsHhTtRrEeAa :ـًٌ\u00A0\u200E";
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      for (int k = random.nextInt(6); k > 0; k--) {
        int at = random.nextInt(b.length() + 1);
        b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (Document doc : Fixtures.parsedPages().values()) {
      for (TextNode t : doc.body().textNodes()) {
        texts.add(t.getWholeText());
      }
      doc.body().select("*").forEach(e -> e.textNodes().forEach(t -> texts.add(t.getWholeText())));
    }
    int labelled = 0;
    for (String text : texts) {
      assertEquals(foldingMayMatch(text), FurnitureLabels.mayMatch(text), text);
      labelled += foldingMayMatch(text) ? 1 : 0;
    }
    assertTrue(labelled > 100 && labelled < texts.size() / 2, "both answers are tried");
  }

  @Test
  void readAlsoLabelsOfOtherLanguagesIntroduceRelatedLinks() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lea también:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Zobacz także"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Mehr zum Thema"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Leia também"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("اقرأ أيضاً:"));
  }

  @Test
  void shareButtonsNamingTheirNetworkAreShareLabels() {
    assertEquals(FurnitureLabels.Kind.SHARE, kindOf("Share this with Email"));
    assertEquals(FurnitureLabels.Kind.SHARE, kindOf("Share this with LinkedIn"));
    assertEquals(FurnitureLabels.Kind.SHARE, kindOf("Copy this link"));
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Share prices fell")).isEmpty());
  }

  @Test
  void sourceLabelsOfOtherLanguagesNeedTheirColon() {
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Quelle: Landesamt"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Fuente: agencias"));
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Quelle der Freude")).isEmpty());
  }

  @Test
  void aLabelLongerThanThirtyCharactersStillMatches() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Das könnte Dich auch interessieren:"));
  }

  @Test
  void proseStartingWithALabelWordIsNotALabel() {
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Mehr zum Thema Wasser")).isEmpty());
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Lea también el informe")).isEmpty());
  }

  @Test
  void longerReadAlsoPhrasesAreRelatedLabels() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Ähnliche Artikel lesen"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lesen Sie auch die folgenden Beiträge:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Dowiedz się więcej"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Weitere Informationen"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Keep Reading"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Meistgelesen"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Most read"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Audios et vidéos sur le sujet"));
    assertTrue(
        FurnitureLabels.match(ArabicFold.foldArabic("Weitere Informationen gibt es im Rathaus"))
            .isEmpty());
    assertTrue(
        FurnitureLabels.match(ArabicFold.foldArabic("Dowiedz się więcej o podatkach")).isEmpty());
  }

  @Test
  void oneWordReadLabelsNeedTheirColon() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lea:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("MIRA:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lesen Sie hier:"));
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Lea Müller")).isEmpty());
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Mira, 12, lacht")).isEmpty());
  }

  @Test
  void referenceCreditsAreSourcesAndPictureCreditsAreNot() {
    assertEquals(FurnitureLabels.Kind.PICTURE_CREDIT, kindOf("Titelbild: Stadtarchiv"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Quellenangaben:"));
    assertEquals(FurnitureLabels.Kind.PICTURE_CREDIT, kindOf("Beitragsbild: Stadtarchiv"));
    assertEquals(FurnitureLabels.Kind.PICTURE_CREDIT, kindOf("Crédits photos : Agence"));
    assertTrue(FurnitureLabels.match(ArabicFold.foldArabic("Titelbild der Ausgabe")).isEmpty());
  }

  @Test
  void aPictureCreditIsRemovedWithoutBecomingTheSourceCredit() {
    String prose =
        "<p>Die Stadtbibliothek öffnet nach zwei Jahren Umbau wieder ihre Türen, mit einem neuen"
            + " Lesesaal, längeren Öffnungszeiten und einer Abteilung für Kinder.</p>";
    String html =
        "<html><body><article><h1>Bibliothek wieder offen</h1>"
            + prose.repeat(4)
            + "<p>Bildnachweis: Fotoagentur Nord</p><p>Quelle: Stadtverwaltung</p>"
            + "</article></body></html>";
    ExtractResult r =
        new ArticleExtractor()
            .extract(
                ExtractRequest.of(html.getBytes(StandardCharsets.UTF_8), "https://x.example/b"));
    ExtractedArticle a = assertInstanceOf(ExtractResult.Extracted.class, r).article();
    assertEquals(Optional.of("Stadtverwaltung"), a.sourceCredit());
    assertFalse(a.text().contains("Fotoagentur"), a.text());
  }
}
