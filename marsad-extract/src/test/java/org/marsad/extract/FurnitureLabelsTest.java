package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FurnitureLabelsTest {

  private static FurnitureLabels.Kind kindOf(String text) {
    return FurnitureLabels.match(Dom.foldArabic(text)).orElseThrow().kind();
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
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Share prices fell")).isEmpty());
  }

  @Test
  void sourceLabelsOfOtherLanguagesNeedTheirColon() {
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Quelle: Landesamt"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Fuente: agencias"));
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Quelle der Freude")).isEmpty());
  }

  @Test
  void aLabelLongerThanThirtyCharactersStillMatches() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Das könnte Dich auch interessieren:"));
  }

  @Test
  void proseStartingWithALabelWordIsNotALabel() {
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Mehr zum Thema Wasser")).isEmpty());
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Lea también el informe")).isEmpty());
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
        FurnitureLabels.match(Dom.foldArabic("Weitere Informationen gibt es im Rathaus"))
            .isEmpty());
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Dowiedz się więcej o podatkach")).isEmpty());
  }

  @Test
  void oneWordReadLabelsNeedTheirColon() {
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lea:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("MIRA:"));
    assertEquals(FurnitureLabels.Kind.RELATED, kindOf("Lesen Sie hier:"));
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Lea Müller")).isEmpty());
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Mira, 12, lacht")).isEmpty());
  }

  @Test
  void pictureAndReferenceCreditsAreSourceLabels() {
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Titelbild: Stadtarchiv"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Quellenangaben:"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Beitragsbild: Stadtarchiv"));
    assertEquals(FurnitureLabels.Kind.SOURCE, kindOf("Crédits photos : Agence"));
    assertTrue(FurnitureLabels.match(Dom.foldArabic("Titelbild der Ausgabe")).isEmpty());
  }
}
