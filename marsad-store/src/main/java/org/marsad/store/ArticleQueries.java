package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.RecentArticle;

/** Read queries over articles, stories and tags (everything but full-text search). */
final class ArticleQueries {

  static final int MAX_LIMIT = 200;
  private static final int EXCERPT_CHARS = 220;
  private static final String SUMMARY_COLUMNS =
      "a.id, a.title, a.url, a.published, a.body_text, a.description, a.images, a.story_id, s.key, s.name_ar";
  private static final String SUMMARY_FROM =
      " FROM articles a JOIN sources s ON s.id = a.source_id";

  private final Database db;

  ArticleQueries(Database db) {
    this.db = db;
  }

  static int cap(int limit) {
    return Math.max(0, Math.min(limit, MAX_LIMIT));
  }

  List<ArticleSummary> latest(int limit, int offset) {
    return summaries(
        SUMMARY_FROM + " ORDER BY a.published_ms DESC, a.id DESC LIMIT ? OFFSET ?",
        cap(limit),
        Math.max(0, offset));
  }

  List<ArticleSummary> bySource(String key, int limit, int offset) {
    return summaries(
        SUMMARY_FROM + " WHERE s.key = ? ORDER BY a.published_ms DESC, a.id DESC LIMIT ? OFFSET ?",
        key,
        cap(limit),
        Math.max(0, offset));
  }

  List<ArticleSummary> byTag(String slug, int limit, int offset) {
    return summaries(
        SUMMARY_FROM
            + " JOIN article_tags at ON at.article_id = a.id JOIN tags t ON t.id = at.tag_id"
            + " WHERE t.slug = ? ORDER BY a.published_ms DESC, a.id DESC LIMIT ? OFFSET ?",
        slug,
        cap(limit),
        Math.max(0, offset));
  }

  /** Articles of the same story from other outlets, one per outlet, freshest first. */
  List<ArticleSummary> sameStoryOtherOutlets(long articleId, int limit) {
    return summaries(
        SUMMARY_FROM
            + " WHERE a.story_id = (SELECT story_id FROM articles WHERE id = ?)"
            + " AND a.source_id <> (SELECT source_id FROM articles WHERE id = ?)"
            + " ORDER BY a.published_ms DESC LIMIT ?",
        articleId,
        articleId,
        cap(limit));
  }

  List<ArticleSummary> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ArticleSummary> byId = new LinkedHashMap<>();
    summaries(SUMMARY_FROM + " WHERE a.id IN (" + Sql.marks(ids.size()) + ")", ids.toArray())
        .forEach(s -> byId.put(s.id(), s));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private List<ArticleSummary> summaries(String fromWhere, Object... params) {
    return db.read(c -> summaries(c, fromWhere, params));
  }

  static List<ArticleSummary> summaries(Connection c, String fromWhere, Object... params)
      throws SQLException {
    List<ArticleSummary> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + fromWhere)) {
      Sql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(summary(rs));
        }
      }
    }
    return out;
  }

  private static ArticleSummary summary(ResultSet rs) throws SQLException {
    String excerpt =
        Sql.string(rs, "description").filter(d -> !d.isBlank()).orElse(rs.getString("body_text"));
    Optional<String> image =
        Json.objects(rs.getString("images")).stream().map(m -> m.get("url")).findFirst();
    return new ArticleSummary(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("url"),
        rs.getString("key"),
        rs.getString("name_ar"),
        Sql.dateTime(rs, "published"),
        excerpt(excerpt),
        image,
        Optional.of(rs.getLong("story_id")));
  }

  /** The first paragraph, cut at a word boundary; never splits a surrogate pair. */
  static String excerpt(String text) {
    String first = text.strip().split("\\n\\s*\\n", 2)[0].strip();
    if (first.length() <= EXCERPT_CHARS) {
      return first;
    }
    int cut = first.lastIndexOf(' ', EXCERPT_CHARS);
    if (cut < EXCERPT_CHARS / 2) {
      cut =
          Character.isHighSurrogate(first.charAt(EXCERPT_CHARS - 1))
              ? EXCERPT_CHARS - 1
              : EXCERPT_CHARS;
    }
    return first.substring(0, cut).strip() + "…";
  }

  Optional<StoredArticle> find(long id) {
    return db.read(c -> ArticleRows.find(c, id));
  }

  List<StoredArticle> findAll(List<Long> ids) {
    return db.read(c -> ArticleRows.findAll(c, ids));
  }

  /** Plain body text by article id, in one query (search highlights every hit of a page). */
  Map<Long, String> bodies(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.read(
        c -> {
          Map<Long, String> out = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, body_text FROM articles WHERE id IN ("
                      + Sql.marks(ids.size())
                      + ")")) {
            Sql.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  List<StoryView> topStories(int limit) {
    return db.read(
        c -> {
          List<long[]> stories = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a.story_id, COUNT(*) n, COUNT(DISTINCT a.source_id) k, MAX(a.published_ms) m FROM articles a"
                      + " GROUP BY a.story_id ORDER BY k DESC, n DESC, m DESC LIMIT ?")) {
            ps.setInt(1, cap(limit));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                stories.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
              }
            }
          }
          List<StoryView> out = new ArrayList<>();
          for (long[] s : stories) {
            List<ArticleSummary> articles =
                summaries(
                    c, SUMMARY_FROM + " WHERE a.story_id = ? ORDER BY a.published_ms DESC", s[0]);
            String title = articles.isEmpty() ? "" : articles.get(articles.size() - 1).title();
            out.add(new StoryView(s[0], title, (int) s[1], (int) s[2], articles));
          }
          return out;
        });
  }

  Optional<TagView> findTag(String slug) {
    return db.read(c -> tagViews(c, " WHERE t.slug = ?", slug)).stream().findFirst();
  }

  List<TagView> topTags(int limit) {
    return db.read(c -> tagViews(c, "", cap(limit)));
  }

  private static List<TagView> tagViews(Connection c, String where, Object param)
      throws SQLException {
    String sql =
        "SELECT t.slug, t.name, t.kind, COUNT(at.article_id) n FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id"
            + where
            + " GROUP BY t.id ORDER BY n DESC, t.name"
            + (where.isEmpty() ? " LIMIT ?" : "");
    List<TagView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Sql.bind(ps, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new TagView(
                  new TagRef(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4)));
        }
      }
    }
    return out;
  }

  StoreStats stats() {
    return db.read(
        c ->
            new StoreStats(
                Sql.longValue(c, "SELECT COUNT(*) FROM articles").orElse(0L),
                Sql.longValue(c, "SELECT COUNT(*) FROM sources").orElse(0L),
                Sql.longValue(c, "SELECT COUNT(DISTINCT story_id) FROM articles").orElse(0L),
                Sql.longValue(c, "SELECT COUNT(*) FROM tags").orElse(0L)));
  }

  /** What enrichment needs to be re-seeded after a restart, oldest first. */
  List<RecentArticle> recent(Instant since) {
    return db.read(
        c -> {
          List<RecentArticle> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT a.id, a.story_id, s.key, a.simhash, a.story_terms, a.published_ms FROM articles a"
                      + " JOIN sources s ON s.id = a.source_id WHERE a.published_ms >= ? ORDER BY a.published_ms")) {
            ps.setLong(1, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new RecentArticle(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        Set.copyOf(Json.strings(rs.getString(5))),
                        Instant.ofEpochMilli(rs.getLong(6))));
              }
            }
          }
          return out;
        });
  }
}
