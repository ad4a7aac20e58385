package org.marsad.store;

import java.util.List;

/** A story: the same event covered by one or more outlets; articles newest first. */
public record StoryView(
    long id, String title, int articleCount, int sourceCount, List<ArticleSummary> articles) {}
