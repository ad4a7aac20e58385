package org.marsad.web;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.store.ArticleSummary;
import org.marsad.store.PortalReader;
import org.marsad.store.SearchResults;
import org.marsad.store.SourceView;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;
import org.marsad.store.TagRef;
import org.marsad.store.TagView;

/**
 * A {@link PortalReader} over fixed sample data, with the ordering and paging rules of the real
 * store.
 */
final class InMemoryPortalReader implements PortalReader {

  private static final Map<Long, String> STORY_TITLES =
      Map.of(1L, "سوق الكتاب الشتوي في الإسكندرية", 2L, "أمطار غزيرة وموجة برد");
  private static final Comparator<StoredArticle> NEWEST_FIRST =
      Comparator.comparing(
              (StoredArticle a) ->
                  a.published().map(OffsetDateTime::toInstant).orElse(a.fetchedAt()))
          .reversed();

  private final List<StoredArticle> articles;
  private final List<SourceView> sources;

  InMemoryPortalReader() {
    this.articles = SampleData.articles().stream().sorted(NEWEST_FIRST).toList();
    this.sources =
        SampleData.sources().stream()
            .map(
                s ->
                    new SourceView(
                        s.key(),
                        s.nameAr(),
                        s.nameLatin(),
                        s.homepage(),
                        s.country(),
                        s.lang(),
                        articles.stream().filter(a -> a.sourceKey().equals(s.key())).count(),
                        s.feeds()))
            .toList();
  }

  @Override
  public List<ArticleSummary> latest(int limit, int offset) {
    return page(articles.stream(), limit, offset);
  }

  @Override
  public List<StoryView> topStories(int limit) {
    Map<Long, List<StoredArticle>> byStory =
        articles.stream()
            .filter(a -> a.storyId().isPresent())
            .collect(
                Collectors.groupingBy(
                    a -> a.storyId().get(), LinkedHashMap::new, Collectors.toList()));
    return byStory.entrySet().stream()
        .map(
            e ->
                new StoryView(
                    e.getKey(),
                    STORY_TITLES.get(e.getKey()),
                    e.getValue().size(),
                    (int) e.getValue().stream().map(StoredArticle::sourceKey).distinct().count(),
                    e.getValue().stream().map(InMemoryPortalReader::summary).toList()))
        .sorted(Comparator.comparingInt(StoryView::sourceCount).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<StoredArticle> findArticle(long id) {
    return articles.stream().filter(a -> a.id() == id).findFirst();
  }

  @Override
  public List<ArticleSummary> related(long articleId, int limit) {
    Optional<StoredArticle> self = findArticle(articleId);
    if (self.isEmpty()) {
      return List.of();
    }
    StoredArticle a = self.get();
    Predicate<StoredArticle> otherOutlet = b -> !b.sourceKey().equals(a.sourceKey());
    Stream<StoredArticle> sameStory =
        articles.stream()
            .filter(otherOutlet)
            .filter(b -> a.storyId().isPresent() && b.storyId().equals(a.storyId()));
    Stream<StoredArticle> sameTag =
        articles.stream()
            .filter(otherOutlet)
            .filter(b -> b.tags().stream().anyMatch(a.tags()::contains));
    return page(Stream.concat(sameStory, sameTag).distinct(), limit, 0);
  }

  @Override
  public List<SourceView> sources() {
    return sources;
  }

  @Override
  public Optional<SourceView> findSource(String key) {
    return sources.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  @Override
  public List<ArticleSummary> bySource(String key, int limit, int offset) {
    return page(articles.stream().filter(a -> a.sourceKey().equals(key)), limit, offset);
  }

  @Override
  public Optional<TagView> findTag(String slug) {
    return allTags().stream().filter(t -> t.tag().slug().equals(slug)).findFirst();
  }

  @Override
  public List<ArticleSummary> byTag(String slug, int limit, int offset) {
    return page(
        articles.stream().filter(a -> a.tags().stream().anyMatch(t -> t.slug().equals(slug))),
        limit,
        offset);
  }

  @Override
  public List<TagView> topTags(int limit) {
    return allTags().stream().limit(limit).toList();
  }

  @Override
  public SearchResults search(String query, int limit, int offset) {
    String needle = query.strip().toLowerCase(Locale.ROOT);
    List<StoredArticle> matches =
        articles.stream()
            .filter(a -> (a.title() + " " + a.text()).toLowerCase(Locale.ROOT).contains(needle))
            .toList();
    List<SearchResults.Hit> hits =
        matches.stream()
            .skip(offset)
            .limit(Math.min(limit, 200))
            .map(
                a ->
                    new SearchResults.Hit(
                        summary(a), highlight(a.title() + " — " + a.text(), needle)))
            .toList();
    return new SearchResults(query, matches.size(), hits);
  }

  @Override
  public StoreStats stats() {
    long stories =
        articles.stream().map(StoredArticle::storyId).flatMap(Optional::stream).distinct().count();
    return new StoreStats(articles.size(), sources.size(), stories, allTags().size());
  }

  private List<TagView> allTags() {
    Map<TagRef, Long> counts =
        articles.stream()
            .flatMap(a -> a.tags().stream())
            .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> new TagView(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(TagView::articleCount).reversed())
        .toList();
  }

  private static List<ArticleSummary> page(Stream<StoredArticle> rows, int limit, int offset) {
    return rows.skip(offset)
        .limit(Math.min(limit, 200))
        .map(InMemoryPortalReader::summary)
        .toList();
  }

  static ArticleSummary summary(StoredArticle a) {
    return new ArticleSummary(
        a.id(),
        a.title(),
        a.url(),
        a.sourceKey(),
        a.sourceName(),
        a.published(),
        a.description().orElse(""),
        Optional.empty(),
        a.storyId());
  }

  /** Escapes the text and marks the first match, like the store's highlighter output. */
  private static String highlight(String text, String needle) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
    if (at < 0) {
      return escape(text);
    }
    int end = at + needle.length();
    return escape(text.substring(0, at))
        + "<mark>"
        + escape(text.substring(at, end))
        + "</mark>"
        + escape(text.substring(end));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
