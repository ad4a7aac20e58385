package org.marsad.source;

/** An OPML file that cannot be read: not XML even after repairs, or not OPML. */
public final class OpmlException extends RuntimeException {

  public OpmlException(String message) {
    super(message);
  }

  public OpmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
