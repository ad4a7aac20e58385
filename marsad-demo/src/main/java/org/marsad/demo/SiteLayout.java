package org.marsad.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.marsad.source.FeedRef;

/** URL layout and feed set of each CMS shape. */
final class SiteLayout {

  /** One feed an outlet publishes; {@code summaryOnly} forces summaries for every item. */
  record FeedSpec(
      String path,
      FeedRef.Kind kind,
      String title,
      Predicate<PlacedArticle> items,
      boolean summaryOnly) {}

  private SiteLayout() {}

  static String articlePath(Shape shape, StoryPiece piece, int index, LocalDate date) {
    String ymd =
        String.format(
            Locale.ROOT,
            "%04d/%02d/%02d",
            date.getYear(),
            date.getMonthValue(),
            date.getDayOfMonth());
    return switch (shape) {
      case WORDPRESS -> "/" + ymd + "/" + piece.slug() + "/";
      case CUSTOM -> "/news/details/" + (4_712_305 + 17 * index);
      case DRUPAL -> "/node/" + (88_410 + 3 * index);
      case GULF -> "/article/" + ymd.replace("/", "") + "/" + piece.slug();
      case MAGHREB -> "/ar/" + (152_600 + 11 * index) + ".html";
      case CHANNEL -> (piece.video() ? "/ar/video/" : "/ar/news/") + ymd + "/" + piece.slug();
    };
  }

  static List<FeedSpec> feeds(Shape shape) {
    Predicate<PlacedArticle> all = a -> true;
    return switch (shape) {
      case WORDPRESS ->
          List.of(
              new FeedSpec("/feed/", FeedRef.Kind.RSS, "", all, false),
              new FeedSpec(
                  "/category/politique/feed/",
                  FeedRef.Kind.RSS,
                  "سياسة",
                  a -> a.piece().section().slug().equals("politique"),
                  false));
      case CUSTOM ->
          List.of(
              new FeedSpec("/rss/latest", FeedRef.Kind.RSS, "آخر الأخبار", all, true),
              new FeedSpec("/sitemap/news.xml", FeedRef.Kind.NEWS_SITEMAP, "", all, true));
      case DRUPAL -> List.of(new FeedSpec("/ar/feed/atom", FeedRef.Kind.ATOM, "", all, false));
      case GULF ->
          List.of(
              new FeedSpec("/sitemaps/news.xml", FeedRef.Kind.NEWS_SITEMAP, "", all, true),
              new FeedSpec("/rss/home.xml", FeedRef.Kind.RSS, "الرئيسية", all, false));
      case MAGHREB -> List.of(new FeedSpec("/rss.xml", FeedRef.Kind.RSS, "", all, false));
      case CHANNEL ->
          List.of(
              new FeedSpec("/feed.json", FeedRef.Kind.JSON_FEED, "", all, false),
              new FeedSpec(
                  "/ar/atom.xml",
                  FeedRef.Kind.ATOM,
                  "الاقتصاد",
                  a -> a.piece().section().slug().equals("economy"),
                  true));
    };
  }

  static String mediaType(FeedRef.Kind kind) {
    return switch (kind) {
      case RSS -> "application/rss+xml";
      case ATOM -> "application/atom+xml";
      case JSON_FEED -> "application/feed+json";
      default -> "application/xml";
    };
  }
}
