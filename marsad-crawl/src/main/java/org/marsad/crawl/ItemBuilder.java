package org.marsad.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the raw fields of one entry while a parser walks it, then normalises them into a {@link
 * FeedItem}: links resolved against the feed's base, URLs canonicalised, text stripped of HTML,
 * dates that lie in the future (usually a missing zone) clamped to the poll time.
 */
final class ItemBuilder {

  /** Publishers' clocks drift; a few minutes ahead is tolerated as is. */
  private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private final URI base;
  private final Instant now;
  String guid;
  String link;
  String title = "";
  String summary;
  String date;
  String image;
  final Set<String> authors = new LinkedHashSet<>();
  final Set<String> categories = new LinkedHashSet<>();

  ItemBuilder(URI base, Instant now) {
    this.base = base;
    this.now = now;
  }

  void author(String name) {
    String n = FeedText.plain(name);
    if (!n.isEmpty()) {
      authors.add(n);
    }
  }

  void category(String name) {
    String n = FeedText.plain(name);
    if (!n.isEmpty()) {
      categories.add(n);
    }
  }

  void dateIfAbsent(String value) {
    if (date == null || date.isBlank()) {
      date = value;
    }
  }

  /** Empty when the entry has no usable http(s) link (nothing to fetch or show). */
  Optional<FeedItem> build() {
    Optional<URI> url = resolve(link).or(() -> guidAsLink());
    if (url.isEmpty()) {
      return Optional.empty();
    }
    URI canonical = UrlCanonicalizer.canonicalize(url.get());
    String plainTitle = FeedText.plain(title);
    Optional<OffsetDateTime> published = published();
    Optional<String> g = Optional.ofNullable(guid).map(String::trim).filter(s -> !s.isEmpty());
    String identity = ItemIdentity.of(g, Optional.of(canonical), plainTitle, published);
    return Optional.of(
        new FeedItem(
            identity,
            g,
            canonical,
            plainTitle,
            FeedText.optionalPlain(summary),
            published,
            new ArrayList<>(authors),
            new ArrayList<>(categories),
            resolve(image)));
  }

  private Optional<URI> guidAsLink() {
    return guid != null && guid.trim().matches("(?i)https?://.+")
        ? resolve(guid)
        : Optional.empty();
  }

  Optional<URI> resolve(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return UrlCanonicalizer.parse(FeedText.unescape(raw))
        .map(u -> u.isAbsolute() ? u : base.resolve(u))
        .filter(
            u ->
                u.getScheme() != null
                    && u.getScheme().matches("(?i)https?")
                    && u.getHost() != null);
  }

  private Optional<OffsetDateTime> published() {
    Optional<FeedDates.Parsed> p = FeedDates.parse(date, now);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    OffsetDateTime value = p.get().value();
    if (value.toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
      return Optional.of(now.atOffset(ZoneOffset.UTC));
    }
    return Optional.of(value);
  }

  static List<FeedItem> buildAll(List<ItemBuilder> builders) {
    List<FeedItem> out = new ArrayList<>();
    for (ItemBuilder b : builders) {
      b.build().ifPresent(out::add);
    }
    return out;
  }
}
