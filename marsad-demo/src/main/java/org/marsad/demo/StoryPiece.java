package org.marsad.demo;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of an outlet as written in its data file, before it gets a URL and a date.
 *
 * @param daysAgo how many calendar days (in the outlet's zone) before the demo's "today"
 * @param time local publish time on that day
 * @param summaryOnly feeds carry only a truncated summary, so only the page has the full text
 * @param utm feed links carry utm_* tracking parameters
 * @param video a video page, not an article: feeds link to it, ground truth leaves it out
 */
record StoryPiece(
    String outletKey,
    String slug,
    Optional<String> storyKey,
    int daysAgo,
    LocalTime time,
    Section section,
    List<String> tags,
    String title,
    Optional<String> author,
    Optional<String> credit,
    Optional<Tweet> tweet,
    Optional<String> youtubeId,
    boolean summaryOnly,
    boolean utm,
    boolean video,
    List<String> paragraphs) {

  /** A site section: ASCII slug for URLs, Arabic label for menus. */
  record Section(String slug, String label) {
    static Section parse(String spec) {
      int slash = spec.indexOf('/');
      if (slash <= 0) {
        throw new IllegalStateException("section must be 'slug/label': " + spec);
      }
      return new Section(spec.substring(0, slash).strip(), spec.substring(slash + 1).strip());
    }
  }

  /** An embedded tweet; {@code emoji} is also contained in {@code text}. */
  record Tweet(String name, String handle, String statusId, String text, String emoji) {}

  static StoryPiece from(String outletKey, Block b, Map<String, List<String>> agencyBodies) {
    String[] when = b.require("when").split("\\s+");
    List<String> paragraphs =
        b.find("agency").map(key -> requireAgency(b, agencyBodies, key)).orElse(b.paragraphs());
    if (paragraphs.isEmpty()) {
      throw new IllegalStateException(b.origin() + ": article without body");
    }
    return new StoryPiece(
        outletKey,
        b.require("slug"),
        b.find("story"),
        Integer.parseInt(when[0]),
        LocalTime.parse(when[1]),
        Section.parse(b.require("section")),
        splitTags(b.require("tags")),
        b.require("title"),
        b.find("author"),
        b.find("credit"),
        b.find("tweet").map(t -> tweet(b, t)),
        b.find("youtube"),
        b.flag("summary-only"),
        b.flag("utm"),
        b.flag("video"),
        paragraphs);
  }

  private static List<String> requireAgency(Block b, Map<String, List<String>> bodies, String key) {
    List<String> body = bodies.get(key);
    if (body == null) {
      throw new IllegalStateException(b.origin() + ": unknown agency story " + key);
    }
    return body;
  }

  private static List<String> splitTags(String spec) {
    return Arrays.stream(spec.split("[،,]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private static Tweet tweet(Block b, String spec) {
    String[] parts = spec.split("\\|");
    if (parts.length != 3) {
      throw new IllegalStateException(b.origin() + ": tweet must be 'name|handle|status id'");
    }
    String text = b.require("tweet-text");
    String emoji = b.require("tweet-emoji");
    if (!text.contains(emoji)) {
      throw new IllegalStateException(b.origin() + ": tweet-text must contain tweet-emoji");
    }
    return new Tweet(parts[0].strip(), parts[1].strip(), parts[2].strip(), text, emoji);
  }
}
