package org.marsad.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;

/** Outlets and their feeds, and the per-source view the portal and admin pages show. */
final class SourceRepository {

  private final Database db;

  SourceRepository(Database db) {
    this.db = db;
  }

  /** Inserts or updates an outlet; feeds it lists are added, existing feed state is kept. */
  void upsert(Outlet o, long initialIntervalSeconds, Instant now) {
    db.write(
        c -> {
          long id = upsertSource(c, o, now);
          for (FeedRef f : o.feeds()) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO feeds(source_id, url, kind, interval_s, next_poll_ms) VALUES (?,?,?,?,?) "
                        + "ON CONFLICT(url) DO UPDATE SET kind = excluded.kind")) {
              ps.setLong(1, id);
              ps.setString(2, f.url().toString());
              ps.setString(3, f.kind().id());
              ps.setLong(4, initialIntervalSeconds);
              ps.setLong(5, now.toEpochMilli());
              ps.executeUpdate();
            }
          }
          return null;
        });
  }

  private static long upsertSource(Connection c, Outlet o, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sources(key, name_ar, name_latin, homepage, country, lang, created_at) VALUES (?,?,?,?,?,?,?) "
                + "ON CONFLICT(key) DO UPDATE SET name_ar = excluded.name_ar, name_latin = excluded.name_latin, "
                + "homepage = excluded.homepage, country = excluded.country, lang = excluded.lang")) {
      ps.setString(1, o.key());
      ps.setString(2, o.nameAr());
      ps.setString(3, o.nameLatin());
      ps.setString(4, o.homepage().toString());
      ps.setString(5, o.country());
      ps.setString(6, o.lang());
      ps.setString(7, now.toString());
      ps.executeUpdate();
    }
    return Sql.longValue(c, "SELECT id FROM sources WHERE key = ?", o.key()).orElseThrow();
  }

  List<Outlet> outlets() {
    return outlets("");
  }

  /** Outlets without any feed whose last discovery attempt is older than {@code before}. */
  List<Outlet> needingDiscovery(Instant before) {
    return outlets(
        " WHERE NOT EXISTS (SELECT 1 FROM feeds f WHERE f.source_id = sources.id)"
            + " AND (discovery_ms IS NULL OR discovery_ms < "
            + before.toEpochMilli()
            + ")");
  }

  /** Records a discovery attempt and the feeds it found (possibly none). */
  void recordDiscovery(Outlet outlet, List<FeedRef> found, long intervalSeconds, Instant now) {
    upsert(
        new Outlet(
            outlet.key(),
            outlet.nameAr(),
            outlet.nameLatin(),
            outlet.homepage(),
            outlet.country(),
            outlet.lang(),
            found),
        intervalSeconds,
        now);
    db.write(
        c -> Sql.update(c, "UPDATE sources SET discovery_ms = ? WHERE key = ?", now, outlet.key()));
  }

  private List<Outlet> outlets(String where) {
    return db.read(
        c -> {
          Map<Long, List<FeedRef>> feeds = feedsBySource(c);
          List<Outlet> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT * FROM sources" + where + " ORDER BY key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new Outlet(
                      rs.getString("key"),
                      rs.getString("name_ar"),
                      rs.getString("name_latin"),
                      URI.create(rs.getString("homepage")),
                      rs.getString("country"),
                      rs.getString("lang"),
                      feeds.getOrDefault(rs.getLong("id"), List.of())));
            }
          }
          return out;
        });
  }

  private static Map<Long, List<FeedRef>> feedsBySource(Connection c) throws SQLException {
    Map<Long, List<FeedRef>> feeds = new java.util.HashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT source_id, url, kind FROM feeds ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        feeds
            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new FeedRef(URI.create(rs.getString(2)), FeedRef.Kind.fromId(rs.getString(3))));
      }
    }
    return feeds;
  }

  List<SourceView> views() {
    return db.read(c -> views(c, Optional.empty()));
  }

  Optional<SourceView> findView(String key) {
    return db.read(c -> views(c, Optional.of(key))).stream().findFirst();
  }

  private static List<SourceView> views(Connection c, Optional<String> key) throws SQLException {
    String sql =
        "SELECT s.*, (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS n FROM sources s"
            + (key.isPresent() ? " WHERE s.key = ?" : "")
            + " ORDER BY s.name_latin";
    List<SourceView> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (key.isPresent()) {
        ps.setString(1, key.get());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SourceView(
                  rs.getString("key"),
                  rs.getString("name_ar"),
                  rs.getString("name_latin"),
                  rs.getString("homepage"),
                  rs.getString("country"),
                  rs.getString("lang"),
                  rs.getLong("n"),
                  feedStates(c, rs.getLong("id"))));
        }
      }
    }
    return out;
  }

  private static List<FeedState> feedStates(Connection c, long sourceId) throws SQLException {
    List<FeedState> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM feeds WHERE source_id = ? ORDER BY id")) {
      ps.setLong(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(feedState(rs));
        }
      }
    }
    return out;
  }

  private static FeedState feedState(ResultSet rs) throws SQLException {
    Optional<Instant> lastPolled = Sql.instant(rs, "last_polled_ms");
    String status;
    if (rs.getInt("disabled") != 0) {
      status = "disabled";
    } else if (lastPolled.isEmpty()) {
      status = "new";
    } else if (rs.getInt("soft_errors") + rs.getInt("hard_errors") > 0) {
      status = "erroring";
    } else {
      status = "ok";
    }
    return new FeedState(
        rs.getString("url"),
        rs.getString("kind"),
        status,
        rs.getInt("soft_errors"),
        rs.getInt("hard_errors"),
        Optional.ofNullable(rs.getString("last_error")),
        lastPolled,
        Sql.instant(rs, "next_poll_ms"),
        rs.getLong("interval_s"),
        rs.getLong("items_seen"));
  }
}
