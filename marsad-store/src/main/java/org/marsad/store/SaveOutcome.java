package org.marsad.store;

/** What storing an enriched article did; an already-stored URL is an expected outcome. */
public sealed interface SaveOutcome {

  /** Stored under a new id, in the given story (new when {@code newStory}). */
  record Saved(long articleId, long storyId, boolean newStory) implements SaveOutcome {}

  /** An article with the same canonical URL or item identity exists already. */
  record AlreadyStored(long existingArticleId) implements SaveOutcome {}
}
