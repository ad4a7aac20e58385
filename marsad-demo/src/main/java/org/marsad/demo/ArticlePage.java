package org.marsad.demo;

import static org.marsad.demo.Markup.esc;
import static org.marsad.demo.Markup.json;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an article (or video) page in the markup style of its outlet's CMS shape. */
final class ArticlePage {

  /** CSS classes of the article container, headline, date line and body per shape. */
  private record Classes(String article, String title, String date, String body) {}

  private ArticlePage() {}

  static String render(PlacedArticle a, List<PlacedArticle> related) {
    OutletProfile o = a.outlet();
    Classes c = classes(o.shape());
    StringBuilder h =
        new StringBuilder(PageChrome.open(o, a.title(), head(a)))
            .append("<article class=\"")
            .append(c.article())
            .append("\">\n")
            .append("<h1 class=\"")
            .append(c.title())
            .append("\">")
            .append(esc(a.title()))
            .append("</h1>\n")
            .append(dateLine(a, c))
            .append(authorLine(a))
            .append(PageChrome.shareBox(a.url()))
            .append("<div class=\"")
            .append(c.body())
            .append("\">\n")
            .append(body(a, related))
            .append(
                a.piece()
                    .credit()
                    .map(cr -> "<p class=\"source-credit\">المصدر: " + esc(cr) + "</p>\n")
                    .orElse(""))
            .append("</div>\n")
            .append(PageChrome.tagBox(a.piece().tags()))
            .append(PageChrome.shareBox(a.url()))
            .append("</article>\n");
    if (o.shape() != Shape.CUSTOM) {
      h.append(PageChrome.readAlsoBox(related));
    }
    return h.append(PageChrome.close(o)).toString();
  }

  /** The related articles a page of this shape actually links: the Egyptian CMS shows one. */
  static List<PlacedArticle> shownRelated(Shape shape, List<PlacedArticle> related) {
    return shape == Shape.CUSTOM ? related.subList(0, Math.min(1, related.size())) : related;
  }

  private static Classes classes(Shape shape) {
    return switch (shape) {
      case WORDPRESS ->
          new Classes(
              "post type-post status-publish", "entry-title", "entry-meta", "entry-content");
      case CUSTOM -> new Classes("news-details", "news-title", "news-date", "news-body");
      case DRUPAL ->
          new Classes(
              "node node--type-article",
              "page-title",
              "field field--name-field-date",
              "field field--name-body field--type-text-with-summary");
      case GULF -> new Classes("article-page", "article-title", "article-date", "article-body");
      case MAGHREB -> new Classes("article", "titre", "date", "texte");
      case CHANNEL -> new Classes("story", "story-title", "byline", "story-body");
    };
  }

  private static String dateLine(PlacedArticle a, Classes c) {
    String visible = esc(ArabicDates.byline(a.outlet().shape(), a.published()));
    return switch (a.outlet().shape()) {
      case WORDPRESS ->
          "<div class=\""
              + c.date()
              + "\"><span class=\"posted-on\"><time "
              + "class=\"entry-date published\" datetime=\""
              + Feeds.iso(a.published())
              + "\">"
              + visible
              + "</time></span></div>\n";
      case GULF ->
          "<div class=\"hijri-date\">"
              + esc(ArabicDates.hijri(a.published()))
              + "</div>\n<div class=\""
              + c.date()
              + "\">"
              + visible
              + "</div>\n";
      case CHANNEL ->
          "<p class=\""
              + c.date()
              + "\">"
              + esc(a.outlet().nameAr())
              + " - نشر في: "
              + visible
              + "</p>\n";
      default -> "<div class=\"" + c.date() + "\">" + visible + "</div>\n";
    };
  }

  private static String authorLine(PlacedArticle a) {
    String label = a.outlet().shape() == Shape.CUSTOM ? "كتب: " : "بقلم: ";
    return a.piece()
        .author()
        .map(
            n ->
                "<div class=\"author\">"
                    + label
                    + "<a href=\"/author/"
                    + a.piece().slug()
                    + "\">"
                    + esc(n)
                    + "</a></div>\n")
        .orElse("");
  }

  /** Paragraphs with the embeds (and, on the Egyptian CMS, inline read-also links) between. */
  private static String body(PlacedArticle a, List<PlacedArticle> related) {
    List<String> paras = a.piece().paragraphs();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < paras.size(); i++) {
      b.append("<p>").append(esc(paras.get(i))).append("</p>\n");
      if (i == 0) {
        a.piece().youtubeId().ifPresent(id -> b.append(youtube(id, a.title())));
        if (a.outlet().shape() == Shape.CUSTOM && !related.isEmpty()) {
          b.append("<p class=\"read-also-inline\"><strong>اقرأ أيضا:</strong> <a href=\"")
              .append(esc(related.get(0).path()))
              .append("\">")
              .append(esc(related.get(0).title()))
              .append("</a></p>\n");
        }
      }
      if (i == Math.min(1, paras.size() - 1)) {
        a.piece().tweet().ifPresent(t -> b.append(tweet(t, a)));
      }
    }
    return b.toString();
  }

  private static String youtube(String id, String title) {
    return "<div class=\"video-embed\"><iframe width=\"560\" height=\"315\" "
        + "src=\"https://www.youtube.com/embed/"
        + esc(id)
        + "\" title=\""
        + esc(title)
        + "\" frameborder=\"0\" allowfullscreen></iframe></div>\n";
  }

  private static String tweet(StoryPiece.Tweet t, PlacedArticle a) {
    String date = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(a.published());
    return "<blockquote class=\"twitter-tweet\"><p lang=\"ar\" dir=\"rtl\">"
        + esc(t.text())
        + "</p>&mdash; "
        + esc(t.name())
        + " (@"
        + esc(t.handle())
        + ") <a href=\"https://twitter"
        + ".com/"
        + esc(t.handle())
        + "/status/"
        + esc(t.statusId())
        + "\">"
        + date
        + "</a>"
        + "</blockquote>\n<script async src=\"https://platform.twitter.com/widgets.js\" "
        + "charset=\"utf-8\"></script>\n";
  }

  private static String head(PlacedArticle a) {
    String common =
        "<link rel=\"canonical\" href=\""
            + esc(a.url())
            + "\">\n"
            + "<meta name=\"description\" content=\""
            + esc(Feeds.summary(a))
            + "\">\n";
    return common
        + switch (a.outlet().shape().meta()) {
          case OPEN_GRAPH -> openGraph(a);
          case JSON_LD -> jsonLd(a);
          case NONE -> "";
        };
  }

  private static String openGraph(PlacedArticle a) {
    return "<meta property=\"og:type\" content=\""
        + (a.piece().video() ? "video.other" : "article")
        + "\">\n<meta property=\"og:title\" content=\""
        + esc(a.title())
        + "\">\n"
        + "<meta property=\"og:url\" content=\""
        + esc(a.url())
        + "\">\n"
        + "<meta property=\"og:site_name\" content=\""
        + esc(a.outlet().nameAr())
        + "\">\n"
        + "<meta property=\"og:description\" content=\""
        + esc(Feeds.summary(a))
        + "\">\n"
        + "<meta property=\"article:published_time\" content=\""
        + Feeds.iso(a.published())
        + "\">\n"
        + a.piece().tags().stream()
            .map(t -> "<meta property=\"article:tag\" content=\"" + esc(t) + "\">\n")
            .collect(Collectors.joining());
  }

  private static String jsonLd(PlacedArticle a) {
    String type = a.piece().video() ? "VideoObject" : "NewsArticle";
    String name = json(a.outlet().nameAr());
    return "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", "
        + "\"@type\": \""
        + type
        + "\", \"headline\": "
        + json(a.title())
        + ", \"name\": "
        + json(a.title())
        + ", \"url\": "
        + json(a.url())
        + ", \"mainEntityOfPage\": "
        + json(a.url())
        + ", \"datePublished\": "
        + json(Feeds.iso(a.published()))
        + (a.piece().video() ? ", \"uploadDate\": " + json(Feeds.iso(a.published())) : "")
        + ", \"inLanguage\": \"ar\", \"keywords\": "
        + json(String.join("، ", a.piece().tags()))
        + ", \"author\": {\"@type\": \"Organization\", \"name\": "
        + a.piece().author().map(Markup::json).orElse(name)
        + "}"
        + ", \"publisher\": {\"@type\": \"Organization\", \"name\": "
        + name
        + "}}</script>\n";
  }
}
