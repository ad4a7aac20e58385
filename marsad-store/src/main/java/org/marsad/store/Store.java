package org.marsad.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.marsad.enrich.EnrichedArticle;
import org.marsad.enrich.RecentArticle;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.FeedPollState;
import org.marsad.store.CrawlRecords.FetchLogEntry;
import org.marsad.store.CrawlRecords.ItemState;
import org.marsad.store.CrawlRecords.NewItem;
import org.marsad.store.CrawlRecords.PendingItem;

/**
 * The store stage's entry point: SQLite as the source of truth, the Lucene index derived from it.
 * Every write commits to the database first and only then updates the index, so a crash can leave
 * the index behind the database but never ahead of it; {@link #open} notices and rebuilds.
 */
public final class Store implements PortalReader, AutoCloseable {

  private final Database db;
  private final SearchIndex index;
  private final QueryFactory queries;
  private final SourceRepository sources;
  private final CrawlRepository crawl;
  private final ArticleWriter writer;
  private final ArticleQueries articles;

  private Store(Database db, SearchIndex index) {
    this.db = db;
    this.index = index;
    this.queries = new QueryFactory(index.analyzer());
    this.sources = new SourceRepository(db);
    this.crawl = new CrawlRepository(db);
    this.writer = new ArticleWriter(db);
    this.articles = new ArticleQueries(db);
  }

  /** Opens (creating and migrating when needed) the store under {@code dataDir}. */
  public static Store open(Path dataDir) {
    Database db = Database.open(dataDir.resolve("marsad.db"));
    Store store = new Store(db, new SearchIndex(dataDir.resolve("index")));
    if (store.index.size() != store.articles.stats().articles()) {
      store.reindex();
    }
    return store;
  }

  // ---- sources

  public void upsertOutlet(Outlet outlet, Duration initialInterval, Instant now) {
    sources.upsert(outlet, initialInterval.toSeconds(), now);
  }

  public List<Outlet> outlets() {
    return sources.outlets();
  }

  /** Outlets that list no feed and whose last feed discovery is older than {@code before}. */
  public List<Outlet> outletsNeedingDiscovery(Instant before) {
    return sources.needingDiscovery(before);
  }

  /**
   * Stores the feeds discovery found for an outlet (none is a result too: it is not retried at
   * once).
   */
  public void recordDiscovery(
      Outlet outlet, List<FeedRef> found, Duration initialInterval, Instant now) {
    sources.recordDiscovery(outlet, found, initialInterval.toSeconds(), now);
  }

  // ---- crawl state

  /** Enabled feeds whose next poll time has passed (all enabled feeds when {@code all}). */
  public List<DueFeed> dueFeeds(Instant now, boolean all) {
    return crawl.dueFeeds(now, all);
  }

  public int recordPoll(
      DueFeed feed,
      FeedPollState state,
      Optional<String> etag,
      Optional<String> lastModified,
      List<NewItem> items,
      Instant now) {
    return crawl.recordPoll(feed, state, etag, lastModified, items, now);
  }

  /**
   * Points a feed at the URL it permanently moved to (301/308); false if that URL is already a
   * feed.
   */
  public boolean moveFeed(long feedId, String newUrl) {
    return crawl.moveFeed(feedId, newUrl);
  }

  public List<PendingItem> pendingItems(int limit) {
    return crawl.pending(limit);
  }

  public void markItem(long itemId, ItemState state, Optional<String> error) {
    crawl.markItem(itemId, state, error, Optional.empty());
  }

  public void log(FetchLogEntry entry) {
    crawl.log(entry);
  }

  public List<FetchLogEntry> recentLog(int limit) {
    return crawl.recentLog(Math.min(limit, ArticleQueries.MAX_LIMIT));
  }

  // ---- articles

  /**
   * Stores the article (and marks its feed item done) in one transaction. The caller then calls
   * {@link #index} — separately, so that the crawl's enrich-and-save lock is not held while Lucene
   * analyses the text. An article saved but never indexed (a crash in between) is caught by the
   * count check of {@link #open}.
   */
  public SaveOutcome save(EnrichedArticle article, Optional<Long> itemId) {
    return writer.save(article, itemId);
  }

  /** Adds a saved article to the search index; visible to searches after {@link #commitIndex}. */
  public void index(long articleId) {
    db.read(c -> ArticleRows.document(c, articleId)).ifPresent(index::add);
  }

  /** Makes recently saved articles searchable and the index durable. */
  public void commitIndex() {
    index.commit();
  }

  /** What enrichment needs to remember to dedupe and cluster after a restart. */
  public List<RecentArticle> recentForEnrichment(Duration window, Instant now) {
    return articles.recent(now.minus(window.multipliedBy(2)));
  }

  /** Rebuilds the search index from the database; returns the number of articles indexed. */
  public long reindex() {
    return reindex(() -> {});
  }

  /** As {@link #reindex()}, calling {@code afterEach} after each article (for progress bars). */
  public long reindex(Runnable afterEach) {
    return index.rebuild(
        sink ->
            db.read(
                c -> {
                  ArticleRows.forEachDocument(
                      c,
                      d -> {
                        sink.accept(d);
                        afterEach.run();
                      });
                  return null;
                }));
  }

  // ---- PortalReader

  @Override
  public List<ArticleSummary> latest(int limit, int offset) {
    return articles.latest(limit, offset);
  }

  @Override
  public List<StoryView> topStories(int limit) {
    return articles.topStories(limit);
  }

  @Override
  public Optional<StoredArticle> findArticle(long id) {
    return articles.find(id);
  }

  @Override
  public List<StoredArticle> findArticles(List<Long> ids) {
    return articles.findAll(ids);
  }

  @Override
  public List<ArticleSummary> related(long articleId, int limit) {
    Optional<StoredArticle> article = articles.find(articleId);
    if (article.isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (ArticleSummary s : articles.sameStoryOtherOutlets(articleId, ArticleQueries.MAX_LIMIT)) {
      if (outlets.add(s.sourceKey()) && ids.size() < limit) {
        ids.add(s.id());
      }
    }
    Optional<Query> similar = queries.similarTo(article.get().title(), article.get().sourceKey());
    if (ids.size() < limit && similar.isPresent()) {
      index.search(similar.get(), limit * 2, 0).ids().stream()
          .filter(id -> id != articleId)
          .forEach(
              id -> {
                if (ids.size() < limit) {
                  ids.add(id);
                }
              });
    }
    return articles.byIds(ids);
  }

  @Override
  public List<SourceView> sources() {
    return sources.views();
  }

  @Override
  public Optional<SourceView> findSource(String key) {
    return sources.findView(key);
  }

  @Override
  public List<ArticleSummary> bySource(String key, int limit, int offset) {
    return articles.bySource(key, limit, offset);
  }

  @Override
  public Optional<TagView> findTag(String slug) {
    return articles.findTag(slug);
  }

  @Override
  public List<ArticleSummary> byTag(String slug, int limit, int offset) {
    return articles.byTag(slug, limit, offset);
  }

  @Override
  public List<TagView> topTags(int limit) {
    return articles.topTags(limit);
  }

  @Override
  public SearchResults search(String query, int limit, int offset) {
    Optional<Query> q = queries.forUserText(query);
    if (q.isEmpty()) {
      return new SearchResults(query, 0, List.of());
    }
    SearchIndex.Found found = index.search(q.get(), ArticleQueries.cap(limit), Math.max(0, offset));
    Map<Long, String> bodies = articles.bodies(found.ids());
    List<SearchResults.Hit> hits =
        articles.byIds(found.ids()).stream()
            .map(
                s ->
                    new SearchResults.Hit(
                        s, queries.fragment(q.get(), bodies.getOrDefault(s.id(), ""))))
            .toList();
    return new SearchResults(query, found.total(), hits);
  }

  @Override
  public StoreStats stats() {
    return articles.stats();
  }

  @Override
  public void close() {
    index.close();
    db.close();
  }
}
