package org.marsad.store;

/** A tag with the number of articles carrying it. */
public record TagView(TagRef tag, long articleCount) {}
