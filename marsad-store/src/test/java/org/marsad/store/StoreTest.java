package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.store.StoreFixtures.NOW;
import static org.marsad.store.StoreFixtures.TWEET;
import static org.marsad.store.StoreFixtures.article;
import static org.marsad.store.StoreFixtures.outlet;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.FeedPollState;
import org.marsad.store.CrawlRecords.NewItem;
import org.marsad.store.CrawlRecords.PendingItem;

class StoreTest {

  @TempDir Path dir;

  @Test
  void savesReadsSearchesAndKeepsEmojiByteForByte() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), Duration.ofMinutes(15), NOW);
      store.upsertOutlet(outlet("beta", "بيتا"), Duration.ofMinutes(15), NOW);
      var first =
          (SaveOutcome.Saved)
              store.save(
                  article(
                      "alpha",
                      "a1",
                      "المنتخب المغربي يفوز بالكأس",
                      "فاز المنتخب المغربي بالكأس الإفريقية بعد مباراة مثيرة.",
                      -1),
                  Optional.empty());
      var second =
          (SaveOutcome.Saved)
              store.save(
                  article(
                      "beta",
                      "b1",
                      "فوز تاريخي للمنتخب المغربي",
                      "حقق المنتخب المغربي فوزا تاريخيا بالكأس.",
                      first.storyId()),
                  Optional.empty());
      store.index(first.articleId());
      store.index(second.articleId());
      store.commitIndex();

      assertTrue(first.newStory());
      assertFalse(second.newStory());
      assertEquals(first.storyId(), second.storyId());
      StoredArticle read = store.findArticle(first.articleId()).orElseThrow();
      assertEquals(TWEET, read.embeds().get(0).text());
      assertEquals("كرة القدم", read.tags().get(0).name());
      assertEquals(
          List.of(second.articleId()),
          store.related(first.articleId(), 5).stream().map(ArticleSummary::id).toList());
      assertEquals(1, store.topStories(5).size());
      assertEquals(2, store.topStories(5).get(0).sourceCount());
      assertEquals(2, store.search("منتخب", 10, 0).total());
      assertEquals(2, store.search("والمنتخب", 10, 0).total());
      assertTrue(store.search("الكأس", 10, 0).hits().get(0).fragmentHtml().contains("<mark>"));
      assertEquals(0, store.search("   ", 10, 0).total());
      assertEquals(2, store.byTag("كره-القدم", 10, 0).size());
      List<StoredArticle> both =
          store.findArticles(List.of(second.articleId(), 999_999L, first.articleId()));
      assertEquals(
          List.of(second.articleId(), first.articleId()),
          both.stream().map(StoredArticle::id).toList(),
          "in the order asked, a missing id skipped");
      assertEquals(read, both.get(1), "the batch read gives the same record as the single one");
    }
  }

  @Test
  void sameCanonicalUrlIsStoredOnce() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), Duration.ofMinutes(15), NOW);
      store.save(article("alpha", "a1", "عنوان", "نص المقال.", -1), Optional.empty());
      assertInstanceOf(
          SaveOutcome.AlreadyStored.class,
          store.save(article("alpha", "a1", "عنوان", "نص المقال.", -1), Optional.empty()));
      assertEquals(1, store.stats().articles());
    }
  }

  @Test
  void pendingItemsAndIndexSurviveRestart() {
    try (Store store = Store.open(dir)) {
      store.upsertOutlet(outlet("alpha", "ألفا"), Duration.ofMinutes(15), NOW);
      DueFeed feed = store.dueFeeds(NOW, false).get(0);
      FeedPollState ok =
          new FeedPollState(0, 0, false, 900, NOW.plusSeconds(900), Optional.empty());
      NewItem item =
          new NewItem(
              "g1",
              "http://alpha.example/a1",
              Optional.of("عنوان"),
              Optional.empty(),
              Optional.empty(),
              List.of("رياضة"));
      assertEquals(
          1,
          store.recordPoll(
              feed, ok, Optional.of("\"v1\""), Optional.empty(), List.of(item, item), NOW));
      store.save(article("alpha", "x", "مقال محفوظ", "نص محفوظ.", -1), Optional.empty());
      // no index() nor commitIndex(): a crash between the database commit and the index
    }
    try (Store store = Store.open(dir)) {
      List<PendingItem> pending = store.pendingItems(10);
      assertEquals(1, pending.size());
      assertEquals(List.of("رياضة"), pending.get(0).categories());
      assertEquals(
          Optional.of("\"v1\""), store.dueFeeds(NOW.plusSeconds(901), false).get(0).etag());
      assertEquals(1, store.search("محفوظ", 10, 0).total());
    }
  }
}
