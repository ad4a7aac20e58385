package org.marsad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.enrich.EnrichedArticle;
import org.marsad.enrich.Tag;
import org.marsad.extract.Embed;
import org.marsad.extract.ExtractedArticle;
import org.marsad.store.CrawlRecords.ItemState;

/**
 * Writes accepted articles with their story and tags, and marks their feed item done, atomically.
 */
final class ArticleWriter {

  private final Database db;

  ArticleWriter(Database db) {
    this.db = db;
  }

  SaveOutcome save(EnrichedArticle e, Optional<Long> itemId) {
    return db.write(
        c -> {
          long sourceId =
              Sql.longValue(c, "SELECT id FROM sources WHERE key = ?", e.candidate().sourceKey())
                  .orElseThrow(
                      () ->
                          new StoreException("unknown source " + e.candidate().sourceKey(), null));
          Optional<Long> existing =
              Sql.longValue(
                  c,
                  "SELECT id FROM articles WHERE canonical_url = ? OR (source_id = ? AND identity = ?)",
                  e.canonicalUrl(),
                  sourceId,
                  e.candidate().identity());
          if (existing.isPresent()) {
            markItem(c, itemId, ItemState.DUPLICATE, existing);
            return new SaveOutcome.AlreadyStored(existing.get());
          }
          Optional<Long> joined = e.story().filter(id -> storyExists(c, id));
          long storyId = joined.isPresent() ? joined.get() : newStory(c, e);
          long articleId = insertArticle(c, e, sourceId, storyId);
          Sql.update(
              c,
              "UPDATE stories SET last_seen_ms = MAX(last_seen_ms, ?) WHERE id = ?",
              e.published().toInstant(),
              storyId);
          insertTags(c, articleId, e.tags());
          markItem(c, itemId, ItemState.DONE, Optional.of(articleId));
          return new SaveOutcome.Saved(articleId, storyId, joined.isEmpty());
        });
  }

  private static void markItem(
      Connection c, Optional<Long> itemId, ItemState state, Optional<Long> articleId)
      throws SQLException {
    if (itemId.isPresent()) {
      CrawlRepository.markItem(c, itemId.get(), state, Optional.empty(), articleId);
    }
  }

  private static boolean storyExists(Connection c, long id) {
    try {
      return Sql.longValue(c, "SELECT 1 FROM stories WHERE id = ?", id).isPresent();
    } catch (SQLException ex) {
      throw StoreException.of("read", ex);
    }
  }

  private static long newStory(Connection c, EnrichedArticle e) throws SQLException {
    Instant at = e.published().toInstant();
    Sql.update(
        c,
        "INSERT INTO stories(title, first_seen_ms, last_seen_ms) VALUES (?,?,?)",
        e.article().title(),
        at,
        at);
    return Sql.longValue(c, "SELECT last_insert_rowid()").orElseThrow();
  }

  private static long insertArticle(Connection c, EnrichedArticle e, long sourceId, long storyId)
      throws SQLException {
    ExtractedArticle a = e.article();
    Sql.update(
        c,
        "INSERT INTO articles(source_id, identity, url, canonical_url, title, published, published_ms, modified, "
            + "fetched_at, authors, description, body_text, body_html, lang, site_name, source_credit, images, "
            + "embeds, page_related, story_id, simhash, story_terms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        sourceId,
        e.candidate().identity(),
        a.url(),
        e.canonicalUrl(),
        a.title(),
        e.published(),
        e.published().toInstant().toEpochMilli(),
        a.modified(),
        e.candidate().fetchedAt().toString(),
        Json.write(a.authors()),
        a.description(),
        a.text(),
        a.html(),
        a.lang(),
        a.siteName(),
        a.sourceCredit(),
        Json.write(images(a)),
        Json.write(embeds(a)),
        Json.write(related(a)),
        storyId,
        e.simhash(),
        Json.write(List.copyOf(e.storyTerms())));
    return Sql.longValue(c, "SELECT last_insert_rowid()").orElseThrow();
  }

  private static void insertTags(Connection c, long articleId, List<Tag> tags) throws SQLException {
    int position = 0;
    for (Tag t : tags) {
      Sql.update(
          c,
          "INSERT OR IGNORE INTO tags(slug, name, kind) VALUES (?,?,?)",
          t.slug(),
          t.name(),
          t.kind().id());
      long tagId = Sql.longValue(c, "SELECT id FROM tags WHERE slug = ?", t.slug()).orElseThrow();
      Sql.update(
          c,
          "INSERT OR IGNORE INTO article_tags(article_id, tag_id, position) VALUES (?,?,?)",
          articleId,
          tagId,
          position++);
    }
  }

  private static List<Map<String, String>> images(ExtractedArticle a) {
    return a.images().stream()
        .map(i -> entry("url", i.url(), "caption", i.caption().orElse(null)))
        .toList();
  }

  private static List<Map<String, String>> embeds(ExtractedArticle a) {
    return a.embeds().stream()
        .map(
            (Embed m) -> {
              Map<String, String> map = entry("type", m.type().id(), "url", m.url());
              map.put("author", m.author().orElse(null));
              map.put("text", m.text());
              return map;
            })
        .toList();
  }

  private static List<Map<String, String>> related(ExtractedArticle a) {
    return a.related().stream().map(r -> entry("url", r.url(), "title", r.title())).toList();
  }

  private static Map<String, String> entry(String k1, String v1, String k2, String v2) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
