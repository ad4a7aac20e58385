package org.marsad.store;

import java.util.List;
import java.util.Optional;

/**
 * The read side of the store, as the portal, the API and the feeds see it. Every method reads the
 * database (source of truth) except {@link #search}, which reads the derived Lucene index. Offsets
 * and limits are row counts; implementations cap limits at 200.
 */
public interface PortalReader {

  /** Latest accepted articles, newest publish time first. */
  List<ArticleSummary> latest(int limit, int offset);

  /** Stories (clusters of the same event across outlets), biggest and freshest first. */
  List<StoryView> topStories(int limit);

  Optional<StoredArticle> findArticle(long id);

  /**
   * Full articles in the order of {@code ids}, skipping ids that are gone. Readers backed by a
   * database answer in one round trip; this default reads them one by one.
   */
  default List<StoredArticle> findArticles(List<Long> ids) {
    return ids.stream().map(this::findArticle).flatMap(Optional::stream).toList();
  }

  /**
   * "Read also": same story first, then similar coverage, from other outlets than the article's.
   */
  List<ArticleSummary> related(long articleId, int limit);

  List<SourceView> sources();

  Optional<SourceView> findSource(String key);

  List<ArticleSummary> bySource(String key, int limit, int offset);

  Optional<TagView> findTag(String slug);

  List<ArticleSummary> byTag(String slug, int limit, int offset);

  /** Most used tags over recent articles. */
  List<TagView> topTags(int limit);

  /** Full-text search over the index; the query is plain user text, not a query language. */
  SearchResults search(String query, int limit, int offset);

  /** Counts for the footer and the admin view. */
  StoreStats stats();
}
