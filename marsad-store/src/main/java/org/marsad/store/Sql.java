package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Optional;

/** Small JDBC helpers: nullable columns become Optionals here, at the edge. */
final class Sql {

  private Sql() {}

  static Optional<Long> longValue(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** {@code ?,?,?} for an IN list of n values (n ≥ 1). */
  static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Optional<?> o) {
        p = o.orElse(null);
      }
      if (p instanceof Instant t) {
        ps.setLong(i + 1, t.toEpochMilli());
      } else if (p instanceof OffsetDateTime d) {
        ps.setString(i + 1, d.toString());
      } else if (p instanceof Boolean b) {
        ps.setInt(i + 1, b ? 1 : 0);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  static Optional<String> string(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<OffsetDateTime> dateTime(ResultSet rs, String column) throws SQLException {
    return string(rs, column).map(OffsetDateTime::parse);
  }
}
