package org.marsad.demo;

import static org.marsad.demo.Markup.esc;

import java.util.List;
import org.marsad.source.FeedRef;

/** An outlet's home page: latest headlines and {@code <link rel="alternate">} to its feeds. */
final class HomePage {

  private HomePage() {}

  static String render(OutletProfile o, List<PlacedArticle> newestFirst, String base) {
    StringBuilder head =
        new StringBuilder("<link rel=\"canonical\" href=\"" + esc(base) + "/\">\n");
    for (SiteLayout.FeedSpec spec : SiteLayout.feeds(o.shape())) {
      if (spec.kind() != FeedRef.Kind.NEWS_SITEMAP) {
        head.append("<link rel=\"alternate\" type=\"")
            .append(SiteLayout.mediaType(spec.kind()))
            .append("\" title=\"")
            .append(esc(o.nameAr()))
            .append(spec.title().isEmpty() ? "" : " - " + esc(spec.title()))
            .append("\" href=\"")
            .append(esc(base + spec.path()))
            .append("\">\n");
      }
    }
    StringBuilder body = new StringBuilder("<section class=\"latest\"><h2>آخر الأخبار</h2><ul>\n");
    for (PlacedArticle a : newestFirst) {
      body.append("<li class=\"")
          .append(a.piece().video() ? "video" : "news")
          .append("\">")
          .append("<a href=\"")
          .append(esc(a.path()))
          .append("\">")
          .append(esc(a.title()))
          .append("</a> <span class=\"date\">")
          .append(esc(ArabicDates.byline(o.shape(), a.published())))
          .append("</span></li>\n");
    }
    body.append("</ul></section>\n");
    return PageChrome.open(o, o.slogan(), head.toString()) + body + PageChrome.close(o);
  }
}
