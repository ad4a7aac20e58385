package org.marsad.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.marsad.store.ArticleSummary;
import org.marsad.store.PortalReader;
import org.marsad.store.SearchResults;
import org.marsad.store.SourceView;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredArticle;
import org.marsad.store.TagView;
import org.marsad.web.Views.ArticlePage;
import org.marsad.web.Views.Chrome;
import org.marsad.web.Views.ErrorPage;
import org.marsad.web.Views.HomePage;
import org.marsad.web.Views.Pager;
import org.marsad.web.Views.SearchPage;
import org.marsad.web.Views.SourcePage;
import org.marsad.web.Views.SourcesPage;
import org.marsad.web.Views.TagPage;

/**
 * Handlers of the server-rendered Arabic pages. Unknown ids and slugs are 404 pages, not
 * exceptions.
 */
final class PortalPages {

  /** Request attribute marking that a handler already rendered its own error page. */
  static final String RENDERED = "marsad.rendered";

  static final int PAGE_SIZE = 20;
  static final String HTML_TYPE = "text/html; charset=utf-8";
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data: http: https:; "
          + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final PortalReader reader;
  private final Templates templates;
  private final String siteName;

  PortalPages(PortalReader reader, Templates templates, String siteName) {
    this.reader = reader;
    this.templates = templates;
    this.siteName = siteName;
  }

  void home(Context ctx) {
    HomePage page =
        new HomePage(
            chrome("آخر الأخبار", "", "/feed.xml"),
            reader.latest(30, 0),
            reader.topStories(8),
            reader.topTags(20));
    html(ctx, templates.render("home.jte", page));
  }

  void article(Context ctx) {
    long id = Params.id(ctx.pathParam("id"));
    Optional<StoredArticle> article = reader.findArticle(id);
    if (article.isEmpty()) {
      notFound(ctx, "لم نعثر على خبر بهذا الرقم.");
      return;
    }
    StoredArticle a = article.get();
    ArticlePage page =
        new ArticlePage(chrome(a.title(), "", "/feed.xml"), a, reader.related(id, 6));
    html(ctx, templates.render("article.jte", page));
  }

  void source(Context ctx) {
    String key = Params.key("source key", ctx.pathParam("key"));
    int page = Params.page(ctx.queryParam("page"));
    Optional<SourceView> source = reader.findSource(key);
    if (source.isEmpty()) {
      notFound(ctx, "لا يوجد مصدر بهذا المعرّف.");
      return;
    }
    String base = "/source/" + Fmt.segment(key);
    List<ArticleSummary> rows = reader.bySource(key, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    SourcePage view =
        new SourcePage(
            chrome(source.get().nameAr(), "", base + "/feed.xml"),
            source.get(),
            trim(rows),
            new Pager(page, rows.size() > PAGE_SIZE, base + "?"));
    html(ctx, templates.render("source.jte", view));
  }

  void tag(Context ctx) {
    String slug = Params.key("tag", ctx.pathParam("slug"));
    int page = Params.page(ctx.queryParam("page"));
    Optional<TagView> tag = reader.findTag(slug);
    if (tag.isEmpty()) {
      notFound(ctx, "لا توجد كلمة دلالية بهذا الاسم.");
      return;
    }
    String base = "/tag/" + Fmt.segment(slug);
    List<ArticleSummary> rows = reader.byTag(slug, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    TagPage view =
        new TagPage(
            chrome(tag.get().tag().name(), "", base + "/feed.xml"),
            tag.get(),
            trim(rows),
            new Pager(page, rows.size() > PAGE_SIZE, base + "?"));
    html(ctx, templates.render("tag.jte", view));
  }

  void search(Context ctx) {
    String query = Params.query(ctx.queryParam("q"));
    int page = Params.page(ctx.queryParam("page"));
    Optional<SearchResults> results =
        query.isEmpty()
            ? Optional.empty()
            : Optional.of(reader.search(query, PAGE_SIZE, (page - 1) * PAGE_SIZE));
    boolean hasNext = results.map(r -> (long) page * PAGE_SIZE < r.total()).orElse(false);
    String title = query.isEmpty() ? "البحث" : "البحث: " + query;
    SearchPage view =
        new SearchPage(
            chrome(title, query, "/feed.xml"),
            query,
            results,
            new Pager(page, hasNext, "/search?q=" + Fmt.query(query) + "&"));
    html(ctx, templates.render("search.jte", view));
  }

  void sources(Context ctx) {
    SourcesPage view =
        new SourcesPage(chrome("المصادر وحالة الجلب", "", "/feed.xml"), reader.sources());
    html(ctx, templates.render("sources.jte", view));
  }

  /**
   * Renders the Arabic 404 page and marks the response so the global 404 mapper leaves it alone.
   */
  void notFound(Context ctx, String message) {
    error(ctx, 404, "الصفحة غير موجودة", message, "");
  }

  void error(Context ctx, int status, String heading, String message, String detail) {
    Chrome chrome = new Chrome(siteName, heading, statsOrZero(), "", "/feed.xml");
    ErrorPage page = new ErrorPage(chrome, status, heading, message, detail);
    ctx.attribute(RENDERED, Boolean.TRUE);
    html(ctx.status(status), templates.render("error.jte", page));
  }

  /**
   * Like {@code ctx.html}, but says the charset (without it some clients guess Latin-1) and sends a
   * policy that lets the browser load our stylesheet and article images only: no script, frame or
   * font from anywhere, even if an upstream sanitiser ever let one through.
   */
  private static void html(Context ctx, String body) {
    ctx.header("Content-Security-Policy", CSP).header("Referrer-Policy", "same-origin");
    ctx.contentType(HTML_TYPE).result(body);
  }

  private Chrome chrome(String title, String query, String feedHref) {
    return new Chrome(siteName, title, reader.stats(), query, feedHref);
  }

  /**
   * Error pages must render even when the store is what failed, so the footer falls back to zeros.
   */
  private StoreStats statsOrZero() {
    try {
      return reader.stats();
    } catch (RuntimeException e) {
      return new StoreStats(0, 0, 0, 0);
    }
  }

  private static List<ArticleSummary> trim(List<ArticleSummary> rows) {
    return rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
  }
}
