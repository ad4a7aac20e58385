package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database: connections, pragmas and migrations. Writes are serialised through one lock
 * on one long-lived connection (SQLite has one writer anyway, and waiting here beats SQLITE_BUSY);
 * reads borrow pooled connections and run concurrently thanks to WAL. Connections are kept open:
 * opening one per statement costs a WAL checkpoint whenever the last one closes.
 */
final class Database implements AutoCloseable {

  private static final int IDLE_READERS = 8;

  /** Migrations in order; each runs once, in its own transaction. Append only. */
  private static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__feed_discovery.sql");

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private final String url;
  private final SQLiteConfig config = new SQLiteConfig();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(IDLE_READERS);
  private Connection writer;

  Database(Path file) {
    this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(15_000);
  }

  static Database open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new StoreException(
          "cannot create data directory " + file.getParent() + ": " + e.getMessage(), e);
    }
    Database db = new Database(file);
    db.migrate();
    return db;
  }

  <T> T read(SqlWork<T> work) {
    Connection c = null;
    try {
      c = borrowReader();
      T result = work.run(c);
      giveBack(c);
      return result;
    } catch (SQLException e) {
      closeQuietly(c); // its state is unknown after a failure: do not pool it
      throw StoreException.of("read", e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private Connection borrowReader() throws SQLException {
    Connection c = idleReaders.poll();
    return c != null && !c.isClosed() ? c : connect();
  }

  private void giveBack(Connection c) {
    if (!idleReaders.offer(c)) {
      closeQuietly(c);
    }
  }

  /** Runs the work in one transaction: all of it is committed, or none. */
  <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      Connection c = writer();
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw StoreException.of("write", e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The writer connection, (re)opened when needed; only called under the write lock. */
  private Connection writer() throws SQLException {
    if (writer == null || writer.isClosed()) {
      writer = connect();
      writer.setAutoCommit(false);
    }
    return writer;
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      closeQuietly(writer);
      writer = null;
      Connection c;
      while ((c = idleReaders.poll()) != null) {
        closeQuietly(c);
      }
    } finally {
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      // Closing is best effort: the connection is dropped either way.
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, config.toProperties());
  }

  private void migrate() {
    write(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
          }
          for (String name : MIGRATIONS) {
            if (!applied(c, name)) {
              apply(c, name);
            }
          }
          return null;
        });
  }

  private static boolean applied(Connection c, String name) throws SQLException {
    try (var ps = c.prepareStatement("SELECT 1 FROM schema_migrations WHERE name = ?")) {
      ps.setString(1, name);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void apply(Connection c, String name) throws SQLException {
    String sql = resource("migrations/" + name);
    try (Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\\n")) {
        String body = statement.replaceAll("(?m)^--.*$", "").strip();
        if (!body.isEmpty()) {
          s.execute(body);
        }
      }
    }
    try (var ps =
        c.prepareStatement(
            "INSERT INTO schema_migrations(name, applied_at) VALUES (?, datetime('now'))")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new StoreException("missing migration " + name, null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + name, e);
    }
  }
}
