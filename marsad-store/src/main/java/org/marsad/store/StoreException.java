package org.marsad.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The database or index could not do what was asked. The message is meant for operators: it names
 * the likely cause (disk full, locked, corrupt) rather than the driver's code.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  static StoreException of(String operation, SQLException e) {
    String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    String cause;
    if (msg.contains("sqlite_full") || msg.contains("disk is full") || msg.contains("disk full")) {
      cause =
          "the disk holding the database is full; free space and retry (nothing accepted was lost)";
    } else if (msg.contains("sqlite_busy") || msg.contains("locked")) {
      cause =
          "the database is locked by another process; is a second Marsad running on the same data directory?";
    } else if (msg.contains("sqlite_corrupt") || msg.contains("malformed")) {
      cause = "the database file is damaged; restore it from a backup";
    } else if (msg.contains("sqlite_readonly") || msg.contains("readonly")) {
      cause = "the database file is read-only; check the data directory's permissions";
    } else {
      cause = e.getMessage();
    }
    return new StoreException("database " + operation + " failed: " + cause, e);
  }
}
