package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.marsad.store.PortalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal (Arabic, RTL, server-rendered), the JSON API under {@code /api/v1}, Atom feeds and
 * {@code /healthz}, all read through a {@link PortalReader}. Javalin, JTE and Jackson stay inside
 * this class and its package-private helpers.
 */
public final class WebServer implements AutoCloseable {

  static final String JSON_TYPE = "application/json";
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String CSS_PATH = "/static/marsad.css";

  private final Javalin app;
  private final URI baseUri;

  private WebServer(Javalin app, URI baseUri) {
    this.app = app;
    this.baseUri = baseUri;
  }

  /**
   * Starts listening at once.
   *
   * @throws IllegalStateException when the address cannot be bound (port in use, unknown host)
   */
  public static WebServer start(PortalReader reader, WebSettings settings) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(settings, "settings");
    byte[] css = resource("marsad.css");
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.router.ignoreTrailingSlashes = true;
            });
    Routes routes = new Routes(reader, settings, app);
    app.get(
        CSS_PATH,
        ctx ->
            ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600")
                .result(css));
    routes.register();
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "cannot listen on %s:%d: %s",
              settings.host(),
              settings.port(),
              e.getMessage()),
          e);
    }
    URI local = localUri(settings.host(), app.port());
    LOG.info("Marsad portal listening on {}", local);
    return new WebServer(app, local);
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Where this server can be reached locally, e.g. {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A wildcard bind address is not something a client can connect to, so it maps to loopback. */
  static URI localUri(String host, int port) {
    String h =
        switch (host) {
          case "0.0.0.0" -> "127.0.0.1";
          case "::", "[::]" -> "[::1]";
          default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
    return URI.create("http://" + h + ":" + port + "/");
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Route table and error mapping. */
  private static final class Routes {
    private final PortalReader reader;
    private final Javalin app;
    private final Json json = new Json();
    private final PortalPages pages;
    private final ApiRoutes api;
    private final FeedRoutes feeds;

    Routes(PortalReader reader, WebSettings settings, Javalin app) {
      this.reader = reader;
      this.app = app;
      this.pages = new PortalPages(reader, new Templates(), settings.siteName());
      this.api = new ApiRoutes(reader, json);
      this.feeds = new FeedRoutes(reader, settings, pages, Clock.systemUTC());
    }

    void register() {
      app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
      app.get("/", pages::home);
      app.get("/article/{id}", pages::article);
      app.get("/source/{key}", pages::source);
      app.get("/tag/{slug}", pages::tag);
      app.get("/search", pages::search);
      app.get("/sources", pages::sources);
      app.get("/feed.xml", feeds::latest);
      app.get("/tag/{slug}/feed.xml", feeds::tag);
      app.get("/source/{key}/feed.xml", feeds::source);
      app.get("/healthz", this::health);
      String p = ApiRoutes.PREFIX;
      app.get(p + "/articles", api::articles);
      app.get(p + "/articles/{id}", api::article);
      app.get(p + "/sources", api::sources);
      app.get(p + "/sources/{key}", api::source);
      app.get(p + "/tags", api::tags);
      app.get(p + "/tags/{slug}", api::tag);
      app.get(p + "/search", api::search);
      app.get(p + "/stats", api::stats);
      errors();
    }

    private void errors() {
      app.exception(
          BadParameter.class,
          (e, ctx) -> {
            if (isApi(ctx)) {
              api.error(ctx, 400, e.getMessage());
            } else {
              pages.error(
                  ctx, 400, "طلب غير صالح", "تعذّر فهم أحد مُعاملات الرابط.", e.getMessage());
            }
          });
      app.exception(
          Exception.class,
          (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            if (isApi(ctx)) {
              api.error(ctx, 500, "internal error");
            } else {
              pages.error(
                  ctx, 500, "خطأ في الخادم", "حدث خطأ غير متوقع. حاول مرة أخرى بعد قليل.", "");
            }
          });
      app.error(
          404,
          ctx -> {
            if (ctx.attribute(PortalPages.RENDERED) != null) {
              return;
            }
            if (isApi(ctx)) {
              api.error(ctx, 404, "no such endpoint: " + ctx.path());
            } else {
              pages.notFound(ctx, "الرابط الذي طلبته غير موجود.");
            }
          });
    }

    private void health(Context ctx) {
      try {
        ctx.contentType(JSON_TYPE).result(json.bytes(new Health("ok", reader.stats().articles())));
      } catch (RuntimeException e) {
        // Health must answer even when the store does not: that is what it reports.
        LOG.warn("health check failed", e);
        ctx.status(503)
            .contentType(JSON_TYPE)
            .result(json.error("store unavailable: " + e.getMessage()));
      }
    }

    private static boolean isApi(Context ctx) {
      return ctx.path().startsWith(ApiRoutes.PREFIX + "/") || ctx.path().equals(ApiRoutes.PREFIX);
    }
  }

  private record Health(String status, long articles) {}
}
