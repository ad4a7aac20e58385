package org.marsad.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * GUID → canonical URL → hash(title + date). A GUID that is itself a URL is canonicalised (so the
 * same article in two feeds, or with and without tracking parameters, gets one identity); an opaque
 * GUID is scoped to the article's host because GUIDs like "12345" are only unique per site.
 */
final class ItemIdentity {

  private ItemIdentity() {}

  static String of(
      Optional<String> guid,
      Optional<URI> canonicalUrl,
      String title,
      Optional<OffsetDateTime> published) {
    Optional<String> g = guid.map(String::trim).filter(s -> !s.isEmpty());
    if (g.isPresent()) {
      Optional<URI> asUrl = urlGuid(g.get());
      if (asUrl.isPresent()) {
        return "url:" + UrlCanonicalizer.canonicalize(asUrl.get());
      }
      String host = canonicalUrl.map(URI::getHost).orElse("");
      return "guid:" + host + ":" + g.get();
    }
    if (canonicalUrl.isPresent()) {
      return "url:" + canonicalUrl.get();
    }
    String basis =
        title.trim().toLowerCase(Locale.ROOT)
            + "|"
            + published.map(OffsetDateTime::toString).orElse("");
    return "hash:" + sha256(basis).substring(0, 32);
  }

  private static Optional<URI> urlGuid(String guid) {
    String lower = guid.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.empty();
    }
    return UrlCanonicalizer.parse(guid).filter(u -> u.getHost() != null);
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
