package org.marsad.store;

/**
 * A tag as linked from an article; {@code kind} is "keyword", "person", "place" or "organisation".
 */
public record TagRef(String slug, String name, String kind) {}
