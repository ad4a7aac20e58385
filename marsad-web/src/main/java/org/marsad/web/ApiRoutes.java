package org.marsad.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.marsad.store.ArticleSummary;
import org.marsad.store.PortalReader;
import org.marsad.store.SearchResults;
import org.marsad.store.SourceView;
import org.marsad.store.StoredArticle;
import org.marsad.store.TagView;

/** The JSON API under {@code /api/v1}; shapes are documented in docs/api.md. */
final class ApiRoutes {

  static final String PREFIX = "/api/v1";
  private static final int DEFAULT_LIMIT = 20;
  private static final int RELATED = 6;

  record ArticleList(int limit, int offset, List<ArticleSummary> articles) {}

  record ArticleDetail(StoredArticle article, List<ArticleSummary> related) {}

  record SourceList(List<SourceView> sources) {}

  record SourceDetail(SourceView source, int limit, int offset, List<ArticleSummary> articles) {}

  record TagList(List<TagView> tags) {}

  record TagDetail(TagView tag, int limit, int offset, List<ArticleSummary> articles) {}

  record SearchPage(
      String query, long total, int limit, int offset, List<SearchResults.Hit> hits) {}

  private final PortalReader reader;
  private final Json json;

  ApiRoutes(PortalReader reader, Json json) {
    this.reader = reader;
    this.json = json;
  }

  void articles(Context ctx) {
    int limit = Params.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    int offset = Params.offset(ctx.queryParam("offset"));
    send(ctx, new ArticleList(limit, offset, reader.latest(limit, offset)));
  }

  void article(Context ctx) {
    long id = Params.id(ctx.pathParam("id"));
    Optional<StoredArticle> article = reader.findArticle(id);
    if (article.isEmpty()) {
      error(ctx, 404, "no article with id " + id);
      return;
    }
    send(ctx, new ArticleDetail(article.get(), reader.related(id, RELATED)));
  }

  void sources(Context ctx) {
    send(ctx, new SourceList(reader.sources()));
  }

  void source(Context ctx) {
    String key = Params.key("source key", ctx.pathParam("key"));
    int limit = Params.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    int offset = Params.offset(ctx.queryParam("offset"));
    Optional<SourceView> source = reader.findSource(key);
    if (source.isEmpty()) {
      error(ctx, 404, "no source with key '" + key + "'");
      return;
    }
    send(ctx, new SourceDetail(source.get(), limit, offset, reader.bySource(key, limit, offset)));
  }

  void tags(Context ctx) {
    int limit = Params.limit(ctx.queryParam("limit"), 50);
    send(ctx, new TagList(reader.topTags(limit)));
  }

  void tag(Context ctx) {
    String slug = Params.key("tag", ctx.pathParam("slug"));
    int limit = Params.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    int offset = Params.offset(ctx.queryParam("offset"));
    Optional<TagView> tag = reader.findTag(slug);
    if (tag.isEmpty()) {
      error(ctx, 404, "no tag with slug '" + slug + "'");
      return;
    }
    send(ctx, new TagDetail(tag.get(), limit, offset, reader.byTag(slug, limit, offset)));
  }

  void search(Context ctx) {
    String query = Params.query(ctx.queryParam("q"));
    if (query.isEmpty()) {
      throw new BadParameter("parameter 'q' is required");
    }
    int limit = Params.limit(ctx.queryParam("limit"), DEFAULT_LIMIT);
    int offset = Params.offset(ctx.queryParam("offset"));
    SearchResults results = reader.search(query, limit, offset);
    send(ctx, new SearchPage(results.query(), results.total(), limit, offset, results.hits()));
  }

  void stats(Context ctx) {
    send(ctx, reader.stats());
  }

  void error(Context ctx, int status, String message) {
    ctx.attribute(PortalPages.RENDERED, Boolean.TRUE);
    ctx.status(status).contentType(WebServer.JSON_TYPE).result(json.error(message));
  }

  private void send(Context ctx, Object body) {
    ctx.contentType(WebServer.JSON_TYPE).result(json.bytes(body));
  }
}
