package org.marsad.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A news outlet Marsad follows.
 *
 * @param key stable slug, lower-case ASCII ("hespress", "al-ahram"); used in URLs and OPML
 * @param nameAr the outlet's Arabic name
 * @param nameLatin the outlet's Latin-script name
 * @param homepage the outlet's home page
 * @param country ISO 3166-1 alpha-2 code, or "XA" for pan-Arab channels
 * @param lang main language, BCP-47 ("ar", "fr", "en")
 * @param feeds feeds and sitemaps to poll; may be empty until autodiscovery runs
 */
public record Outlet(
    String key,
    String nameAr,
    String nameLatin,
    URI homepage,
    String country,
    String lang,
    List<FeedRef> feeds) {

  public Outlet {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(nameAr, "nameAr");
    Objects.requireNonNull(nameLatin, "nameLatin");
    Objects.requireNonNull(homepage, "homepage");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lang, "lang");
    feeds = List.copyOf(feeds);
    if (!key.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw new IllegalArgumentException("outlet key must be lower-case ASCII slug: " + key);
    }
  }
}
