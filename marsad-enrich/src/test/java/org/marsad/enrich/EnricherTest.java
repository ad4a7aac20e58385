package org.marsad.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.marsad.extract.ExtractedArticle;

class EnricherTest {

  private static final Instant FETCHED = Instant.parse("2026-11-20T12:00:00Z");
  private static final String AGENCY_BODY =
      "أعلنت وزارة الفلاحة في الرباط عن برنامج جديد لدعم صغار المزارعين في المناطق الجبلية،"
          + " يشمل توزيع البذور المختارة وتوفير قروض بدون فوائد لمدة ثلاث سنوات.\n\n"
          + "وقال مسؤول في الوزارة إن البرنامج يستهدف أكثر من عشرين ألف أسرة قروية،"
          + " وإن المرحلة الأولى ستنطلق مع بداية الموسم الفلاحي المقبل في جهات الشمال والوسط.";

  private final Enricher enricher =
      new Enricher(StorySettings.defaults(), UnaryOperator.identity());

  private static ArticleCandidate candidate(
      String source,
      String url,
      String title,
      String body,
      Optional<OffsetDateTime> published,
      List<String> tags) {
    ExtractedArticle a =
        new ExtractedArticle(
            url,
            Optional.empty(),
            title,
            published,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.of("ar"),
            Optional.empty(),
            body,
            "<p>x</p>",
            List.of(),
            List.of(),
            tags,
            List.of(),
            Optional.empty());
    return new ArticleCandidate(
        source,
        url,
        Optional.empty(),
        Optional.empty(),
        Optional.of(OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC)),
        List.of("اقتصاد"),
        a,
        FETCHED);
  }

  private EnrichedArticle accept(ArticleCandidate c, long id, long story) {
    EnrichedArticle e = ((EnrichOutcome.Accepted) enricher.enrich(c)).article();
    enricher.remember(
        new RecentArticle(
            id, story, c.sourceKey(), e.simhash(), e.storyTerms(), e.published().toInstant()));
    return e;
  }

  @Test
  void syndicatedStoryJoinsTheSameStoryAcrossOutlets() {
    accept(
        candidate(
            "a",
            "http://a/1",
            "برنامج لدعم صغار المزارعين",
            AGENCY_BODY,
            Optional.empty(),
            List.of()),
        1,
        10);
    EnrichOutcome other =
        enricher.enrich(
            candidate(
                "b",
                "http://b/9",
                "الوزارة تدعم الفلاحين الصغار",
                AGENCY_BODY,
                Optional.empty(),
                List.of()));
    assertEquals(Optional.of(10L), ((EnrichOutcome.Accepted) other).article().story());
  }

  @Test
  void sameTextFromSameOutletUnderAnotherUrlIsDuplicate() {
    accept(
        candidate(
            "a",
            "http://a/1",
            "برنامج لدعم صغار المزارعين",
            AGENCY_BODY,
            Optional.empty(),
            List.of()),
        1,
        10);
    EnrichOutcome again =
        enricher.enrich(
            candidate(
                "a",
                "http://a/1?amp",
                "برنامج لدعم صغار المزارعين",
                AGENCY_BODY,
                Optional.empty(),
                List.of()));
    assertEquals(1L, assertInstanceOf(EnrichOutcome.Duplicate.class, again).existingArticleId());
  }

  @Test
  void unrelatedArticleStartsItsOwnStory() {
    accept(
        candidate(
            "a",
            "http://a/1",
            "برنامج لدعم صغار المزارعين",
            AGENCY_BODY,
            Optional.empty(),
            List.of()),
        1,
        10);
    EnrichOutcome other =
        enricher.enrich(
            candidate(
                "b",
                "http://b/2",
                "افتتاح معرض الكتاب في الدوحة",
                "افتتح معرض الكتاب أبوابه أمام الزوار بمشاركة مئات دور النشر من بلدان عديدة.",
                Optional.empty(),
                List.of()));
    assertEquals(Optional.empty(), ((EnrichOutcome.Accepted) other).article().story());
  }

  @Test
  void tagsCombinePageTagsFeedCategoriesAndPlacesWithClitics() {
    EnrichedArticle e =
        accept(
            candidate(
                "a",
                "http://a/1",
                "برنامج لدعم صغار المزارعين بالمغرب",
                AGENCY_BODY,
                Optional.empty(),
                List.of("الفلاحة", "المغرب")),
            1,
            10);
    List<String> names = e.tags().stream().map(Tag::name).toList();
    assertTrue(
        names.containsAll(List.of("الفلاحة", "المغرب", "اقتصاد", "الرباط")), names.toString());
    assertEquals(
        Tag.Kind.PLACE,
        e.tags().stream().filter(t -> t.name().equals("المغرب")).findFirst().orElseThrow().kind());
    assertEquals(names.size(), e.tags().stream().map(Tag::slug).distinct().count());
  }

  @Test
  void futurePageDateFallsBackToFeedDate() {
    OffsetDateTime future = OffsetDateTime.of(2026, 11, 20, 15, 0, 0, 0, ZoneOffset.UTC);
    EnrichedArticle e =
        accept(
            candidate("a", "http://a/1", "عنوان", AGENCY_BODY, Optional.of(future), List.of()),
            1,
            10);
    assertEquals(OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC), e.published());
  }

  @Test
  void zonelessBylineTakesTheFeedsOffset() {
    OffsetDateTime readAsUtc = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC);
    ExtractedArticle a =
        candidate("a", "http://a/1", "عنوان", AGENCY_BODY, Optional.of(readAsUtc), List.of())
            .article();
    OffsetDateTime beirut = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.ofHours(2));
    ArticleCandidate c =
        new ArticleCandidate(
            "a",
            "http://a/1",
            Optional.empty(),
            Optional.empty(),
            Optional.of(beirut),
            List.of(),
            a,
            FETCHED);
    assertEquals(beirut, Enricher.resolvePublished(c, a));
  }

  @Test
  void pageDateWithItsOwnZoneWinsOverFeed() {
    OffsetDateTime page = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(1));
    ArticleCandidate c =
        candidate("a", "http://a/1", "عنوان", AGENCY_BODY, Optional.of(page), List.of());
    assertEquals(page, Enricher.resolvePublished(c, c.article()));
  }
}
