package org.marsad.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One accepted article with everything its page shows. Text keeps its original spelling. */
public record StoredArticle(
    long id,
    String url,
    String canonicalUrl,
    String sourceKey,
    String sourceName,
    String title,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    Instant fetchedAt,
    List<String> authors,
    Optional<String> description,
    String text,
    String html,
    Optional<String> lang,
    List<ImageView> images,
    List<EmbedView> embeds,
    List<TagRef> tags,
    Optional<String> sourceCredit,
    Optional<Long> storyId) {

  /** An image with its caption. */
  public record ImageView(String url, Optional<String> caption) {}

  /** An embedded post; {@code type} is the platform id ("twitter", "youtube" ...). */
  public record EmbedView(String type, String url, Optional<String> author, String text) {}
}
