package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Maps full article rows: the article page's record, and the documents the index is built from. */
final class ArticleRows {

  private static final String FROM =
      "SELECT a.*, s.key, s.name_ar FROM articles a JOIN sources s ON s.id = a.source_id";

  private ArticleRows() {}

  static Optional<StoredArticle> find(Connection c, long id) throws SQLException {
    return findAll(c, List.of(id)).stream().findFirst();
  }

  /**
   * Full articles in the order of {@code ids}, in two queries whatever their number (feeds list
   * thirty at a time); ids the store does not have are skipped.
   */
  static List<StoredArticle> findAll(Connection c, List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, List<TagRef>> tags = tags(c, ids);
    Map<Long, StoredArticle> byId = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(FROM + " WHERE a.id IN (" + Sql.marks(ids.size()) + ")")) {
      Sql.bind(ps, ids.toArray());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          byId.put(id, article(rs, tags.getOrDefault(id, List.of())));
        }
      }
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static StoredArticle article(ResultSet rs, List<TagRef> tags) throws SQLException {
    return new StoredArticle(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("canonical_url"),
        rs.getString("key"),
        rs.getString("name_ar"),
        rs.getString("title"),
        Sql.dateTime(rs, "published"),
        Sql.dateTime(rs, "modified"),
        Instant.parse(rs.getString("fetched_at")),
        Json.strings(rs.getString("authors")),
        Sql.string(rs, "description"),
        rs.getString("body_text"),
        rs.getString("body_html"),
        Sql.string(rs, "lang"),
        images(rs.getString("images")),
        embeds(rs.getString("embeds")),
        tags,
        Sql.string(rs, "source_credit"),
        Optional.of(rs.getLong("story_id")));
  }

  /** Tags of each article, in their stored order. */
  private static Map<Long, List<TagRef>> tags(Connection c, List<Long> ids) throws SQLException {
    Map<Long, List<TagRef>> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT at.article_id, t.slug, t.name, t.kind FROM article_tags at"
                + " JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN ("
                + Sql.marks(ids.size())
                + ") ORDER BY at.article_id, at.position")) {
      Sql.bind(ps, ids.toArray());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new TagRef(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  private static List<StoredArticle.ImageView> images(String json) {
    return Json.objects(json).stream()
        .map(m -> new StoredArticle.ImageView(m.get("url"), Optional.ofNullable(m.get("caption"))))
        .toList();
  }

  private static List<StoredArticle.EmbedView> embeds(String json) {
    return Json.objects(json).stream().map(ArticleRows::embed).toList();
  }

  private static StoredArticle.EmbedView embed(Map<String, String> m) {
    return new StoredArticle.EmbedView(
        m.get("type"),
        m.get("url"),
        Optional.ofNullable(m.get("author")),
        m.getOrDefault("text", ""));
  }

  private static final String DOCUMENT_FROM =
      "SELECT a.id, a.title, a.body_text, a.published_ms, s.key FROM articles a"
          + " JOIN sources s ON s.id = a.source_id";

  /** Streams every article as an index document, in id order, without loading all at once. */
  static void forEachDocument(Connection c, Consumer<IndexDocument> sink) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DOCUMENT_FROM + " ORDER BY a.id")) {
      ps.setFetchSize(200);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(document(c, rs));
        }
      }
    }
  }

  static Optional<IndexDocument> document(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DOCUMENT_FROM + " WHERE a.id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(document(c, rs)) : Optional.empty();
      }
    }
  }

  /** The index document of the current row of a {@link #DOCUMENT_FROM} query. */
  private static IndexDocument document(Connection c, ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    return new IndexDocument(
        id,
        rs.getString(2),
        rs.getString(3),
        rs.getString(5),
        Instant.ofEpochMilli(rs.getLong(4)),
        tagNames(c, id));
  }

  private static List<String> tagNames(Connection c, long id) throws SQLException {
    return tags(c, List.of(id)).getOrDefault(id, List.of()).stream().map(TagRef::name).toList();
  }
}
