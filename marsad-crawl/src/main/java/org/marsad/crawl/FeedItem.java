package org.marsad.crawl;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a feed or sitemap, normalised.
 *
 * @param identity stable key: "url:" + canonical URL when the GUID is a URL or absent, "guid:" +
 *     host + GUID for opaque GUIDs, "hash:" + digest of title and date as the last resort
 * @param url canonical article URL ({@link UrlCanonicalizer})
 * @param title plain text; empty for sitemap entries without {@code news:title}
 * @param published never in the future: zone-less or future dates are clamped to the poll time
 */
public record FeedItem(
    String identity,
    Optional<String> guid,
    URI url,
    String title,
    Optional<String> summary,
    Optional<OffsetDateTime> published,
    List<String> authors,
    List<String> categories,
    Optional<URI> imageUrl) {

  public FeedItem {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    Objects.requireNonNull(imageUrl, "imageUrl");
  }
}
