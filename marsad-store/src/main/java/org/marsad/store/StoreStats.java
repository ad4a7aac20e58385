package org.marsad.store;

/** Totals for the footer and admin view. */
public record StoreStats(long articles, long sources, long stories, long tags) {}
