package org.marsad.store;

import java.time.OffsetDateTime;
import java.util.Optional;

/** An article as listed on home, source, tag and search pages. */
public record ArticleSummary(
    long id,
    String title,
    String url,
    String sourceKey,
    String sourceName,
    Optional<OffsetDateTime> published,
    String excerpt,
    Optional<String> imageUrl,
    Optional<Long> storyId) {}
