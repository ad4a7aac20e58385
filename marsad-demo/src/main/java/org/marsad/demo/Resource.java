package org.marsad.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One servable document with the validators conditional GET needs. */
record Resource(byte[] body, String contentType, Instant lastModified, String etag) {

  static Resource of(byte[] body, String contentType, Instant lastModified) {
    return new Resource(body, contentType, lastModified, etagOf(body));
  }

  static Resource text(String body, String contentType, Instant lastModified) {
    return of(body.getBytes(StandardCharsets.UTF_8), contentType, lastModified);
  }

  private static String etagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 10) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without SHA-256", e);
    }
  }
}
