package org.marsad.demo;

import static org.marsad.demo.Markup.cdata;
import static org.marsad.demo.Markup.esc;
import static org.marsad.demo.Markup.json;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders RSS 2.0, Atom 1.0, JSON Feed 1.1 and Google News sitemaps. */
final class Feeds {

  private static final int SUMMARY_WORDS = 18;
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private Feeds() {}

  /** Feed items are given newest first; {@code self} is the feed's own absolute URL. */
  static String render(
      OutletProfile o,
      SiteLayout.FeedSpec spec,
      String self,
      String home,
      List<PlacedArticle> items) {
    return switch (spec.kind()) {
      case RSS -> rss(o, spec, self, home, items);
      case ATOM -> atom(o, spec, self, home, items);
      case JSON_FEED -> jsonFeed(o, spec, self, home, items);
      case NEWS_SITEMAP -> newsSitemap(o, items);
      default -> throw new IllegalArgumentException("demo web does not publish " + spec.kind());
    };
  }

  private static String rss(
      OutletProfile o,
      SiteLayout.FeedSpec spec,
      String self,
      String home,
      List<PlacedArticle> items) {
    StringBuilder x =
        new StringBuilder(prolog(o))
            .append(
                "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
            .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
            .append(" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
            .append("<title>")
            .append(esc(title(o, spec)))
            .append("</title>\n")
            .append("<link>")
            .append(esc(home))
            .append("</link>\n")
            .append("<atom:link href=\"")
            .append(esc(self))
            .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n")
            .append("<description>")
            .append(esc(o.slogan()))
            .append("</description>\n")
            .append("<language>ar</language>\n");
    for (PlacedArticle a : items) {
      x.append("<item>\n<title>")
          .append(esc(a.title()))
          .append("</title>\n")
          .append("<link>")
          .append(esc(a.feedLink()))
          .append("</link>\n")
          .append("<guid isPermaLink=\"true\">")
          .append(esc(a.url()))
          .append("</guid>\n")
          .append("<pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.published()))
          .append("</pubDate>\n<dc:creator>")
          .append(esc(author(a)))
          .append("</dc:creator>\n");
      a.piece().tags().forEach(t -> x.append("<category>").append(esc(t)).append("</category>\n"));
      x.append("<description>").append(cdata(summary(a))).append("</description>\n");
      if (!summaryOnly(spec, a)) {
        x.append("<content:encoded>").append(cdata(bodyHtml(a))).append("</content:encoded>\n");
      }
      x.append("</item>\n");
    }
    return x.append("</channel>\n</rss>\n").toString();
  }

  private static String atom(
      OutletProfile o,
      SiteLayout.FeedSpec spec,
      String self,
      String home,
      List<PlacedArticle> items) {
    StringBuilder x =
        new StringBuilder(prolog(o))
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n")
            .append("<title>")
            .append(esc(title(o, spec)))
            .append("</title>\n")
            .append("<id>")
            .append(esc(self))
            .append("</id>\n")
            .append("<link rel=\"self\" href=\"")
            .append(esc(self))
            .append("\"/>\n")
            .append("<link rel=\"alternate\" type=\"text/html\" href=\"")
            .append(esc(home))
            .append("\"/>\n<updated>")
            .append(updated(items))
            .append("</updated>\n");
    for (PlacedArticle a : items) {
      String iso = iso(a.published());
      x.append("<entry>\n<title>")
          .append(esc(a.title()))
          .append("</title>\n")
          .append("<id>")
          .append(esc(a.url()))
          .append("</id>\n")
          .append("<link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(esc(a.feedLink()))
          .append("\"/>\n<published>")
          .append(iso)
          .append("</published>\n")
          .append("<updated>")
          .append(iso)
          .append("</updated>\n")
          .append("<author><name>")
          .append(esc(author(a)))
          .append("</name></author>\n");
      a.piece().tags().forEach(t -> x.append("<category term=\"").append(esc(t)).append("\"/>\n"));
      x.append("<summary type=\"html\">").append(esc(summary(a))).append("</summary>\n");
      if (!summaryOnly(spec, a)) {
        x.append("<content type=\"html\">").append(esc(bodyHtml(a))).append("</content>\n");
      }
      x.append("</entry>\n");
    }
    return x.append("</feed>\n").toString();
  }

  private static String jsonFeed(
      OutletProfile o,
      SiteLayout.FeedSpec spec,
      String self,
      String home,
      List<PlacedArticle> items) {
    String entries =
        items.stream()
            .map(
                a ->
                    "    {\"id\": "
                        + json(a.url())
                        + ", \"url\": "
                        + json(a.feedLink())
                        + ", \"title\": "
                        + json(a.title())
                        + ", \"date_published\": "
                        + json(iso(a.published()))
                        + ", \"authors\": [{\"name\": "
                        + json(author(a))
                        + "}]"
                        + ", \"tags\": ["
                        + a.piece().tags().stream()
                            .map(Markup::json)
                            .collect(Collectors.joining(", "))
                        + "]"
                        + ", \"summary\": "
                        + json(summary(a))
                        + (summaryOnly(spec, a) ? "" : ", \"content_html\": " + json(bodyHtml(a)))
                        + "}")
            .collect(Collectors.joining(",\n"));
    return "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"
        + "  \"title\": "
        + json(title(o, spec))
        + ",\n"
        + "  \"home_page_url\": "
        + json(home)
        + ",\n"
        + "  \"feed_url\": "
        + json(self)
        + ",\n"
        + "  \"language\": \"ar\",\n  \"items\": [\n"
        + entries
        + "\n  ]\n}\n";
  }

  private static String newsSitemap(OutletProfile o, List<PlacedArticle> items) {
    StringBuilder x =
        new StringBuilder(prolog(o))
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
    for (PlacedArticle a : items) {
      x.append("<url>\n<loc>")
          .append(esc(a.feedLink()))
          .append("</loc>\n<news:news>\n")
          .append("<news:publication><news:name>")
          .append(esc(o.nameAr()))
          .append("</news:name><news:language>ar</news:language></news:publication>\n")
          .append("<news:publication_date>")
          .append(iso(a.published()))
          .append("</news:publication_date>\n<news:title>")
          .append(esc(a.title()))
          .append("</news:title>\n<news:keywords>")
          .append(esc(String.join(", ", a.piece().tags())))
          .append("</news:keywords>\n</news:news>\n</url>\n");
    }
    return x.append("</urlset>\n").toString();
  }

  static String summary(PlacedArticle a) {
    String[] words = a.piece().paragraphs().get(0).split("\\s+");
    if (words.length <= SUMMARY_WORDS) {
      return a.piece().paragraphs().get(0);
    }
    return String.join(" ", List.of(words).subList(0, SUMMARY_WORDS)) + " …";
  }

  private static String bodyHtml(PlacedArticle a) {
    return a.piece().paragraphs().stream()
        .map(p -> "<p>" + esc(p) + "</p>")
        .collect(Collectors.joining("\n"));
  }

  private static boolean summaryOnly(SiteLayout.FeedSpec spec, PlacedArticle a) {
    return spec.summaryOnly() || a.piece().summaryOnly() || a.piece().video();
  }

  private static String author(PlacedArticle a) {
    return a.piece().author().orElse(a.outlet().nameAr());
  }

  private static String title(OutletProfile o, SiteLayout.FeedSpec spec) {
    return spec.title().isEmpty() ? o.nameAr() : o.nameAr() + " - " + spec.title();
  }

  private static String updated(List<PlacedArticle> items) {
    return items.stream()
        .map(a -> a.published().withZoneSameInstant(ZoneOffset.UTC))
        .max(Comparable::compareTo)
        .map(Feeds::iso)
        .orElse("1970-01-01T00:00:00Z");
  }

  /** RFC 3339 with seconds always present, as Atom and JSON Feed require. */
  static String iso(ZonedDateTime t) {
    return ISO.format(t);
  }

  private static String prolog(OutletProfile o) {
    return "<?xml version=\"1.0\" encoding=\"" + o.charset().name() + "\"?>\n";
  }
}
