package org.marsad.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ground truth for one article of the demo web: what a correct crawl and extraction must show.
 *
 * @param outletKey the outlet's key
 * @param url the article's canonical URL (no tracking parameters)
 * @param title the headline as the page shows it
 * @param published publish time, with the offset of the outlet's time zone
 * @param tags the page's كلمات دلالية
 * @param sourceCredit the credit line without its "المصدر:" label
 * @param bodyMustContain fragments of the body text the extracted text must contain
 * @param boilerplateMustNotAppear page furniture the extracted text must not contain
 * @param tweetEmoji the emoji of the embedded tweet, when the page embeds one
 * @param storyKey the story this article covers, shared by every outlet that covers it
 */
public record DemoArticle(
    String outletKey,
    String url,
    String title,
    OffsetDateTime published,
    List<String> tags,
    Optional<String> sourceCredit,
    List<String> bodyMustContain,
    List<String> boilerplateMustNotAppear,
    Optional<String> tweetEmoji,
    Optional<String> storyKey) {

  public DemoArticle {
    Objects.requireNonNull(outletKey, "outletKey");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(sourceCredit, "sourceCredit");
    Objects.requireNonNull(tweetEmoji, "tweetEmoji");
    Objects.requireNonNull(storyKey, "storyKey");
    tags = List.copyOf(tags);
    bodyMustContain = List.copyOf(bodyMustContain);
    boilerplateMustNotAppear = List.copyOf(boilerplateMustNotAppear);
  }
}
