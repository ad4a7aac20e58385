package org.marsad.store;

import java.time.Instant;
import java.util.List;

/** What the search index holds of an article; everything else is read from the database. */
record IndexDocument(
    long id, String title, String body, String sourceKey, Instant published, List<String> tags) {}
