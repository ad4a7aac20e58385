package org.marsad.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.source.FeedRef;
import org.marsad.store.CrawlRecords.DueFeed;
import org.marsad.store.CrawlRecords.FeedPollState;
import org.marsad.store.CrawlRecords.FetchLogEntry;
import org.marsad.store.CrawlRecords.ItemState;
import org.marsad.store.CrawlRecords.NewItem;
import org.marsad.store.CrawlRecords.PendingItem;

/** Feed scheduling state, announced items and the fetch log. */
final class CrawlRepository {

  private final Database db;

  CrawlRepository(Database db) {
    this.db = db;
  }

  List<DueFeed> dueFeeds(Instant now, boolean includeNotDue) {
    String sql =
        "SELECT f.*, s.key FROM feeds f JOIN sources s ON s.id = f.source_id WHERE f.disabled = 0"
            + (includeNotDue ? "" : " AND f.next_poll_ms <= ?")
            + " ORDER BY f.next_poll_ms";
    return db.read(
        c -> {
          List<DueFeed> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!includeNotDue) {
              ps.setLong(1, now.toEpochMilli());
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(dueFeed(rs));
              }
            }
          }
          return out;
        });
  }

  private static DueFeed dueFeed(ResultSet rs) throws SQLException {
    FeedPollState state =
        new FeedPollState(
            rs.getInt("soft_errors"),
            rs.getInt("hard_errors"),
            rs.getInt("disabled") != 0,
            rs.getLong("interval_s"),
            Instant.ofEpochMilli(rs.getLong("next_poll_ms")),
            Sql.string(rs, "last_error"));
    return new DueFeed(
        rs.getLong("id"),
        rs.getString("key"),
        new FeedRef(URI.create(rs.getString("url")), FeedRef.Kind.fromId(rs.getString("kind"))),
        Sql.string(rs, "etag"),
        Sql.string(rs, "last_modified"),
        state);
  }

  /**
   * Records a poll: the feed's new state and validators and the items it announced, in one
   * transaction. Items already known for the outlet (same identity, or same URL from another feed)
   * are skipped. Returns how many items are new.
   */
  int recordPoll(
      DueFeed feed,
      FeedPollState state,
      Optional<String> etag,
      Optional<String> lastModified,
      List<NewItem> items,
      Instant now) {
    return db.write(
        c -> {
          Sql.update(
              c,
              "UPDATE feeds SET soft_errors=?, hard_errors=?, disabled=?, interval_s=?, next_poll_ms=?, "
                  + "last_error=?, last_polled_ms=?, etag=COALESCE(?, etag), last_modified=COALESCE(?, last_modified) WHERE id=?",
              state.softErrors(),
              state.hardErrors(),
              state.disabled(),
              state.intervalSeconds(),
              state.nextPollAt(),
              state.lastError(),
              now,
              etag,
              lastModified,
              feed.feedId());
          int added = 0;
          for (NewItem item : items) {
            added += insertItem(c, feed, item, now);
          }
          Sql.update(
              c, "UPDATE feeds SET items_seen = items_seen + ? WHERE id = ?", added, feed.feedId());
          return added;
        });
  }

  private static int insertItem(Connection c, DueFeed feed, NewItem item, Instant now)
      throws SQLException {
    long sourceId =
        Sql.longValue(c, "SELECT source_id FROM feeds WHERE id = ?", feed.feedId()).orElseThrow();
    if (Sql.longValue(
            c, "SELECT 1 FROM items WHERE source_id = ? AND url = ?", sourceId, item.url())
        .isPresent()) {
      return 0;
    }
    return Sql.update(
        c,
        "INSERT OR IGNORE INTO items(source_id, feed_id, identity, url, title, summary, published, categories, first_seen_ms) "
            + "VALUES (?,?,?,?,?,?,?,?,?)",
        sourceId,
        feed.feedId(),
        item.identity(),
        item.url(),
        item.title(),
        item.summary(),
        item.published(),
        Json.write(item.categories()),
        now);
  }

  /** Follows a permanent redirect of a feed; false when another feed already has that URL. */
  boolean moveFeed(long feedId, String newUrl) {
    return db.write(
        c ->
            Sql.update(
                    c,
                    "UPDATE feeds SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?)",
                    newUrl,
                    feedId,
                    newUrl)
                == 1);
  }

  /** Items still to handle, oldest first; includes items left pending by a crash or restart. */
  List<PendingItem> pending(int limit) {
    return db.read(
        c -> {
          List<PendingItem> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.*, s.key, s.country FROM items i JOIN sources s ON s.id = i.source_id "
                      + "WHERE i.state = 'pending' ORDER BY i.first_seen_ms, i.id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new PendingItem(
                        rs.getLong("id"),
                        rs.getLong("feed_id"),
                        rs.getString("key"),
                        rs.getString("country"),
                        rs.getString("identity"),
                        rs.getString("url"),
                        Sql.string(rs, "title"),
                        Sql.string(rs, "summary"),
                        Sql.dateTime(rs, "published"),
                        Json.strings(rs.getString("categories")),
                        rs.getInt("attempts")));
              }
            }
          }
          return out;
        });
  }

  void markItem(long itemId, ItemState state, Optional<String> error, Optional<Long> articleId) {
    db.write(c -> markItem(c, itemId, state, error, articleId));
  }

  static int markItem(
      Connection c, long itemId, ItemState state, Optional<String> error, Optional<Long> articleId)
      throws SQLException {
    return Sql.update(
        c,
        "UPDATE items SET state=?, last_error=?, article_id=COALESCE(?, article_id), attempts=attempts+1 WHERE id=?",
        state.id(),
        error,
        articleId,
        itemId);
  }

  void log(FetchLogEntry e) {
    db.write(
        c ->
            Sql.update(
                c,
                "INSERT INTO fetch_log(at_ms, source_id, url, outcome, status, detail) "
                    + "VALUES (?, (SELECT id FROM sources WHERE key = ?), ?, ?, ?, ?)",
                e.at(),
                e.sourceKey(),
                e.url(),
                e.outcome(),
                e.status(),
                e.detail()));
  }

  List<FetchLogEntry> recentLog(int limit) {
    return db.read(
        c -> {
          List<FetchLogEntry> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT l.*, s.key FROM fetch_log l LEFT JOIN sources s ON s.id = l.source_id ORDER BY l.id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                int code = rs.getInt("status");
                Optional<Integer> status = rs.wasNull() ? Optional.empty() : Optional.of(code);
                out.add(
                    new FetchLogEntry(
                        Instant.ofEpochMilli(rs.getLong("at_ms")),
                        Sql.string(rs, "key"),
                        rs.getString("url"),
                        rs.getString("outcome"),
                        status,
                        Sql.string(rs, "detail")));
              }
            }
          }
          return out;
        });
  }
}
