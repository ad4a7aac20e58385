package org.marsad.store;

import java.util.List;

/** An outlet with its counts and the crawl state of each of its feeds. */
public record SourceView(
    String key,
    String nameAr,
    String nameLatin,
    String homepage,
    String country,
    String lang,
    long articleCount,
    List<FeedState> feeds) {}
