package org.marsad.enrich;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.marsad.extract.ExtractedArticle;

/**
 * The enrichment stage's entry point: merges feed and page fields, resolves the publish date, tags,
 * and decides duplicate / same story against the recent articles it remembers. Stateful (the
 * memory) and thread-safe; the store persists what {@link #remember} needs to be re-seeded.
 */
public final class Enricher {

  /** A page date this far after the fetch is a missing-time-zone error, not a scoop. */
  private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

  private final StorySettings settings;
  private final StoryMemory memory;
  private final Tagger tagger;
  private final UnaryOperator<String> canonicalizer;

  /**
   * @param canonicalizer maps an article URL to the form the crawl stage keys items by (tracking
   *     parameters, AMP and mobile variants removed), so a page's canonical URL and its feed URL
   *     agree
   */
  public Enricher(StorySettings settings, UnaryOperator<String> canonicalizer) {
    this.settings = settings;
    this.canonicalizer = canonicalizer;
    this.memory = new StoryMemory(settings.window());
    this.tagger = new Tagger(Gazetteer.bundled());
  }

  /** Re-seeds the memory after a restart, oldest first. */
  public void seed(List<RecentArticle> recent) {
    recent.forEach(memory::remember);
  }

  /** Records an article the store accepted, with the ids the store gave it. */
  public void remember(RecentArticle article) {
    memory.remember(article);
  }

  public EnrichOutcome enrich(ArticleCandidate candidate) {
    ExtractedArticle article = mergeFeedFields(candidate);
    List<String> titleTerms = Terms.of(article.title());
    List<String> bodyTerms = Terms.of(article.text());
    long simhash = Fingerprints.simhash(bodyTerms.isEmpty() ? titleTerms : bodyTerms);
    Set<String> storyTerms = storyTerms(titleTerms, bodyTerms);
    OffsetDateTime published = resolvePublished(candidate, article);
    // Twice the window is kept so that a late, older article still finds its story.
    memory.evictBefore(published.toInstant().minus(settings.window().multipliedBy(2)));
    Map<RecentArticle, Integer> candidates = memory.candidates(storyTerms);
    Optional<RecentArticle> dup =
        StoryMemory.findNearDuplicate(
            candidates, candidate.sourceKey(), simhash, settings.duplicateBits());
    if (dup.isPresent() && !bodyTerms.isEmpty()) {
      return new EnrichOutcome.Duplicate(
          dup.get().articleId(),
          "same text as article " + dup.get().articleId() + " of this outlet");
    }
    Optional<Long> story =
        memory
            .findSameStory(candidates, simhash, storyTerms, published.toInstant(), settings)
            .map(RecentArticle::storyId);
    List<String> declared = new ArrayList<>(article.tags());
    declared.addAll(candidate.feedCategories());
    List<Tag> tags = tagger.tag(declared, titleTerms, bodyTerms);
    String canonical = canonical(article.canonicalUrl().orElse(article.url()));
    return new EnrichOutcome.Accepted(
        new EnrichedArticle(
            candidate, article, canonical, published, tags, simhash, storyTerms, story));
  }

  private String canonical(String url) {
    try {
      return canonicalizer.apply(url);
    } catch (IllegalArgumentException e) {
      return url; // a malformed canonical link is the page's problem; keep what it said
    }
  }

  private Set<String> storyTerms(List<String> titleTerms, List<String> bodyTerms) {
    Set<String> terms = new LinkedHashSet<>();
    titleTerms.stream().filter(t -> t.length() > 1).forEach(terms::add);
    bodyTerms.stream().limit(settings.leadTerms()).filter(t -> t.length() > 1).forEach(terms::add);
    return terms;
  }

  /** Page fields win; the feed fills the title, description and date the page lacks. */
  private static ExtractedArticle mergeFeedFields(ArticleCandidate c) {
    ExtractedArticle a = c.article();
    String title = a.title().isBlank() ? c.feedTitle().orElse(a.title()) : a.title();
    Optional<String> description = a.description().or(c::feedSummary);
    Optional<OffsetDateTime> published = a.published().or(c::feedPublished);
    return new ExtractedArticle(
        a.url(),
        a.canonicalUrl(),
        title,
        published,
        a.modified(),
        a.authors(),
        a.siteName(),
        a.lang(),
        description,
        a.text(),
        a.html(),
        a.images(),
        a.embeds(),
        a.tags(),
        a.related(),
        a.sourceCredit());
  }

  /**
   * Page date, else feed date, else fetch time; a date in the future falls back the same way. A
   * page date whose wall-clock time equals the feed's but whose offset differs came from a byline
   * without a zone (read as UTC): the feed's offset is the outlet's, so the feed date wins.
   */
  static OffsetDateTime resolvePublished(ArticleCandidate c, ExtractedArticle merged) {
    OffsetDateTime limit = c.fetchedAt().plus(FUTURE_TOLERANCE).atOffset(ZoneOffset.UTC);
    Optional<OffsetDateTime> feed = c.feedPublished().filter(d -> !d.isAfter(limit));
    Optional<OffsetDateTime> page =
        c.article()
            .published()
            .filter(d -> !d.isAfter(limit))
            .filter(d -> feed.isEmpty() || !sameWallClockOtherZone(d, feed.get()));
    return page.or(() -> feed)
        .or(() -> merged.published().filter(d -> !d.isAfter(limit)))
        .orElse(c.fetchedAt().atOffset(ZoneOffset.UTC));
  }

  private static boolean sameWallClockOtherZone(OffsetDateTime page, OffsetDateTime feed) {
    return !page.getOffset().equals(feed.getOffset())
        && page.toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .equals(feed.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
  }
}
