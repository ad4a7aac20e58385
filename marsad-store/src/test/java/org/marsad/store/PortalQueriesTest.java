package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.store.StoreFixtures.NINE;
import static org.marsad.store.StoreFixtures.NOW;
import static org.marsad.store.StoreFixtures.article;
import static org.marsad.store.StoreFixtures.outlet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listings the portal and the API read: order, paging, counts, tags, search, rebuild. */
class PortalQueriesTest {

  @TempDir Path dir;

  /** Five articles: alpha a0..a2 one hour apart (a2 newest), beta b0, b1 in other stories. */
  @BeforeEach
  void fill() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), Duration.ofMinutes(15), NOW);
      store.upsertOutlet(outlet("beta", "بيتا"), Duration.ofMinutes(15), NOW);
      for (int i = 0; i < 3; i++) {
        save(store, "alpha", "a" + i, "مباراة المنتخب رقم " + i, i, "كرة القدم");
      }
      for (int i = 0; i < 2; i++) {
        save(store, "beta", "b" + i, "أسعار النفط في الأسواق " + i, 10 + i, "اقتصاد");
      }
      store.commitIndex();
    }
  }

  private static void save(
      Store store, String source, String id, String title, int hour, String tag) {
    var saved =
        (SaveOutcome.Saved)
            store.save(
                article(source, id, title, title + ".", -1, NINE.plusHours(hour), tag),
                Optional.empty());
    store.index(saved.articleId());
  }

  private static List<String> titles(List<ArticleSummary> list) {
    return list.stream().map(ArticleSummary::title).toList();
  }

  @Test
  void latestIsNewestFirstAndPages() {
    try (Store store = Store.open(dir)) {
      List<ArticleSummary> all = store.latest(10, 0);
      assertEquals(5, all.size());
      assertEquals("أسعار النفط في الأسواق 1", all.get(0).title());
      assertEquals(titles(all.subList(2, 4)), titles(store.latest(2, 2)));
      assertEquals(List.of(), store.latest(10, 5));
      assertEquals(5, store.latest(100_000, 0).size(), "an oversized limit is capped, not refused");
      assertEquals(List.of(), store.latest(-1, 0));
    }
  }

  @Test
  void sourcesAndTagsCountTheirArticles() {
    try (Store store = Store.open(dir)) {
      assertEquals(
          List.of("مباراة المنتخب رقم 2", "مباراة المنتخب رقم 1", "مباراة المنتخب رقم 0"),
          titles(store.bySource("alpha", 10, 0)));
      assertEquals(List.of(), store.bySource("nobody", 10, 0));
      assertEquals(3, store.findSource("alpha").orElseThrow().articleCount());
      assertEquals(
          List.of("alpha", "beta"), store.sources().stream().map(SourceView::key).toList());
      assertEquals(Optional.empty(), store.findSource("nobody"));

      assertEquals(3, store.findTag("كره-القدم").orElseThrow().articleCount());
      assertEquals(2, store.byTag("اقتصاد", 10, 0).size());
      assertEquals(List.of(3L, 2L), store.topTags(10).stream().map(TagView::articleCount).toList());
      assertEquals(Optional.empty(), store.findTag("لا-وسم"));
      assertEquals(new StoreStats(5, 2, 5, 2), store.stats());
    }
  }

  @Test
  void searchCountsEveryHitAndPagesThroughThem() {
    try (Store store = Store.open(dir)) {
      SearchResults first = store.search("المنتخب", 2, 0);
      assertEquals(3, first.total());
      assertEquals(2, first.hits().size());
      SearchResults rest = store.search("المنتخب", 2, 2);
      assertEquals(1, rest.hits().size());
      assertTrue(
          Stream.concat(first.hits().stream(), rest.hits().stream())
                  .map(h -> h.article().id())
                  .distinct()
                  .count()
              == 3);
      assertEquals(0, store.search("كلمة-غير-موجودة", 10, 0).total());
    }
  }

  @Test
  void relatedIsEmptyForAMissingArticleOrNoRoom() {
    try (Store store = Store.open(dir)) {
      long id = store.latest(1, 0).get(0).id();
      assertEquals(List.of(), store.related(999_999L, 5));
      assertEquals(List.of(), store.related(id, 0));
      assertTrue(store.related(id, 5).stream().noneMatch(s -> s.id() == id), "never itself");
    }
  }

  @Test
  void aLostIndexIsRebuiltFromTheDatabaseOnOpen() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      files.sorted(Comparator.reverseOrder()).forEach(PortalQueriesTest::delete);
    }
    try (Store store = Store.open(dir)) {
      assertEquals(3, store.search("المنتخب", 10, 0).total());
      assertEquals(5, store.reindex(), "an explicit rebuild indexes every article again");
      assertEquals(2, store.search("النفط", 10, 0).total());
    }
  }

  @Test
  void enrichmentRemembersRecentArticles() {
    try (Store store = Store.open(dir)) {
      assertEquals(5, store.recentForEnrichment(Duration.ofDays(2), NOW).size());
      assertEquals(
          List.of(), store.recentForEnrichment(Duration.ofDays(2), NOW.plus(Duration.ofDays(30))));
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
