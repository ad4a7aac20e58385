package org.marsad.store;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.ArticleCandidate;
import org.marsad.enrich.EnrichedArticle;
import org.marsad.enrich.Tag;
import org.marsad.extract.Embed;
import org.marsad.extract.ExtractedArticle;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;

/** Outlets and enriched articles for the store's tests; all text invented. */
final class StoreFixtures {

  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  static final String TWEET = "فرحة كبيرة في المدرجات 🇲🇦👏🏽 👨‍👩‍👧";
  static final OffsetDateTime NINE =
      OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(1));

  private StoreFixtures() {}

  static Outlet outlet(String key, String name) {
    return outlet(
        key,
        name,
        List.of(new FeedRef(URI.create("http://" + key + ".example/feed"), FeedRef.Kind.RSS)));
  }

  static Outlet outlet(String key, String name, List<FeedRef> feeds) {
    return new Outlet(
        key,
        name,
        key.toUpperCase(Locale.ROOT),
        URI.create("http://" + key + ".example/"),
        "MA",
        "ar",
        feeds);
  }

  static EnrichedArticle article(String source, String id, String title, String body, long story) {
    return article(source, id, title, body, story, NINE, "كرة القدم");
  }

  /**
   * @param story the story to join, or a negative number for a new story
   */
  static EnrichedArticle article(
      String source,
      String id,
      String title,
      String body,
      long story,
      OffsetDateTime published,
      String tag) {
    ExtractedArticle a =
        new ExtractedArticle(
            "http://" + source + ".example/" + id,
            Optional.empty(),
            title,
            Optional.of(published),
            Optional.empty(),
            List.of("هيئة التحرير"),
            Optional.of(source),
            Optional.of("ar"),
            Optional.empty(),
            body,
            "<p>" + body + "</p>",
            List.of(),
            List.of(
                new Embed(
                    Embed.Type.TWITTER,
                    "https://twitter.com/x/status/1",
                    Optional.of("@x"),
                    TWEET)),
            List.of(tag),
            List.of(),
            Optional.of("وكالات"));
    ArticleCandidate c =
        new ArticleCandidate(
            source, id, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), a, NOW);
    return new EnrichedArticle(
        c,
        a,
        a.url(),
        published,
        List.of(new Tag(slug(tag), tag, Tag.Kind.KEYWORD)),
        42L,
        Set.of("منتخب"),
        story < 0 ? Optional.empty() : Optional.of(story));
  }

  /** A slug as enrichment makes one: taa marbuta folded, spaces as hyphens. */
  static String slug(String tag) {
    return tag.replace('ة', 'ه').replace(' ', '-');
  }
}
