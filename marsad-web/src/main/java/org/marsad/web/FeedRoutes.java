package org.marsad.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.store.ArticleSummary;
import org.marsad.store.PortalReader;
import org.marsad.store.SourceView;
import org.marsad.store.StoredArticle;
import org.marsad.store.TagView;

/** Atom feeds out: the latest articles, one tag, one source. */
final class FeedRoutes {

  static final String ATOM_TYPE = "application/atom+xml; charset=utf-8";

  /** Small enough that loading each entry's full article for {@code <content>} stays cheap. */
  private static final int FEED_SIZE = 30;

  private final PortalReader reader;
  private final WebSettings settings;
  private final PortalPages pages;
  private final Clock clock;

  FeedRoutes(PortalReader reader, WebSettings settings, PortalPages pages, Clock clock) {
    this.reader = reader;
    this.settings = settings;
    this.pages = pages;
    this.clock = clock;
  }

  void latest(Context ctx) {
    send(
        ctx, settings.siteName() + " - آخر الأخبار", "/feed.xml", "/", reader.latest(FEED_SIZE, 0));
  }

  void tag(Context ctx) {
    String slug = Params.key("tag", ctx.pathParam("slug"));
    Optional<TagView> tag = reader.findTag(slug);
    if (tag.isEmpty()) {
      pages.notFound(ctx, "لا توجد كلمة دلالية بهذا الاسم.");
      return;
    }
    String page = "/tag/" + Fmt.segment(slug);
    send(
        ctx,
        settings.siteName() + " - " + tag.get().tag().name(),
        page + "/feed.xml",
        page,
        reader.byTag(slug, FEED_SIZE, 0));
  }

  void source(Context ctx) {
    String key = Params.key("source key", ctx.pathParam("key"));
    Optional<SourceView> source = reader.findSource(key);
    if (source.isEmpty()) {
      pages.notFound(ctx, "لا يوجد مصدر بهذا المعرّف.");
      return;
    }
    String page = "/source/" + Fmt.segment(key);
    send(
        ctx,
        settings.siteName() + " - " + source.get().nameAr(),
        page + "/feed.xml",
        page,
        reader.bySource(key, FEED_SIZE, 0));
  }

  /**
   * Absolute links need the public address: the configured one, else the address this request
   * reached (known per request, so it is right with port 0 too), without a trailing slash.
   */
  private String base(Context ctx) {
    String base =
        settings.baseUrl().isEmpty()
            ? WebServer.localUri(settings.host(), ctx.port()).toString()
            : settings.baseUrl();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private void send(
      Context ctx, String title, String self, String page, List<ArticleSummary> articles) {
    Map<Long, StoredArticle> full = new HashMap<>();
    reader
        .findArticles(articles.stream().map(ArticleSummary::id).toList())
        .forEach(a -> full.put(a.id(), a));
    List<AtomFeed.Entry> entries =
        articles.stream()
            .map(a -> new AtomFeed.Entry(a, Optional.ofNullable(full.get(a.id()))))
            .toList();
    AtomFeed atom = new AtomFeed(base(ctx), settings.siteName());
    String xml =
        atom.render(title, self, page, entries, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    ctx.contentType(ATOM_TYPE).result(xml.getBytes(StandardCharsets.UTF_8));
  }
}
