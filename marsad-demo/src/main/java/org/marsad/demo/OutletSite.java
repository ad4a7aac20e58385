package org.marsad.demo;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.marsad.source.FeedRef;
import org.marsad.source.Outlet;

/**
 * Everything one outlet serves, plus its ground truth. Documents are rendered on first request and
 * then cached, which keeps start-up well under a second on a cold JVM.
 */
record OutletSite(
    Outlet outlet,
    Map<String, Supplier<Resource>> renderers,
    Map<String, Resource> cache,
    List<DemoArticle> truth) {

  private static final int BODY_PROBE_WORDS = 6;

  static OutletSite build(OutletProfile o, List<StoryPiece> pieces, int port, Instant now) {
    String base = "http://" + o.host() + ":" + port;
    List<PlacedArticle> placed = place(o, pieces, base, now);
    List<PlacedArticle> articles = placed.stream().filter(a -> !a.piece().video()).toList();
    Map<String, Supplier<Resource>> res = new HashMap<>();
    List<FeedRef> feedRefs = new ArrayList<>();
    List<DemoArticle> truth = new ArrayList<>();
    for (PlacedArticle a : placed) {
      List<PlacedArticle> related = related(articles, a);
      res.put(a.path(), () -> html(o, ArticlePage.render(a, related), a.published().toInstant()));
      if (!a.piece().video()) {
        truth.add(groundTruth(a, related));
      }
    }
    for (SiteLayout.FeedSpec spec : SiteLayout.feeds(o.shape())) {
      List<PlacedArticle> items = placed.stream().filter(spec.items()).toList();
      res.put(
          spec.path(),
          () ->
              feed(
                  o,
                  spec.kind(),
                  Feeds.render(o, spec, base + spec.path(), base + "/", items),
                  newest(items)));
      feedRefs.add(new FeedRef(URI.create(base + spec.path()), spec.kind()));
    }
    res.put("/", () -> html(o, HomePage.render(o, placed, base), newest(placed)));
    res.put(
        "/robots.txt",
        () -> Resource.text(robots(feedRefs), "text/plain; charset=utf-8", newest(placed)));
    Outlet outlet =
        new Outlet(
            o.key(),
            o.nameAr(),
            o.nameLatin(),
            URI.create(base + "/"),
            o.country(),
            "ar",
            feedRefs);
    return new OutletSite(outlet, Map.copyOf(res), new ConcurrentHashMap<>(), List.copyOf(truth));
  }

  /** Gives each piece its URL and date; newest first, like a home page or a feed. */
  private static List<PlacedArticle> place(
      OutletProfile o, List<StoryPiece> pieces, String base, Instant now) {
    LocalDate today = now.atZone(o.zone()).toLocalDate();
    List<PlacedArticle> placed = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      StoryPiece p = pieces.get(i);
      if (p.daysAgo() < 1) {
        throw new IllegalStateException(p.outletKey() + "/" + p.slug() + ": daysAgo must be >= 1");
      }
      LocalDate day = today.minusDays(p.daysAgo());
      ZonedDateTime published = ZonedDateTime.of(day, p.time(), o.zone());
      placed.add(
          new PlacedArticle(o, p, base, SiteLayout.articlePath(o.shape(), p, i, day), published));
    }
    placed.sort(Comparator.comparing((PlacedArticle a) -> a.published().toInstant()).reversed());
    return List.copyOf(placed);
  }

  /** Two other articles of the same outlet, chosen by position so the choice is stable. */
  private static List<PlacedArticle> related(List<PlacedArticle> articles, PlacedArticle a) {
    int at = Math.max(0, articles.indexOf(a));
    List<PlacedArticle> out = new ArrayList<>();
    for (int step = 1; out.size() < 2 && step < articles.size(); step++) {
      PlacedArticle r = articles.get((at + step) % articles.size());
      if (r != a) {
        out.add(r);
      }
    }
    return out;
  }

  private static DemoArticle groundTruth(PlacedArticle a, List<PlacedArticle> related) {
    List<String> paras = a.piece().paragraphs();
    List<String> probes = new ArrayList<>();
    probes.add(firstWords(paras.get(0)));
    if (paras.size() > 1) {
      probes.add(firstWords(paras.get(paras.size() - 1)));
    }
    List<String> furniture = new ArrayList<>(PageChrome.furniture(a.outlet()));
    ArticlePage.shownRelated(a.outlet().shape(), related).forEach(r -> furniture.add(r.title()));
    return new DemoArticle(
        a.outlet().key(),
        a.url(),
        a.title(),
        a.published().toOffsetDateTime(),
        a.piece().tags(),
        a.piece().credit(),
        probes,
        furniture,
        a.piece().tweet().map(StoryPiece.Tweet::emoji),
        a.piece().storyKey());
  }

  private static String firstWords(String paragraph) {
    String[] words = paragraph.split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(BODY_PROBE_WORDS, words.length)));
  }

  private static Resource html(OutletProfile o, String page, Instant modified) {
    return Resource.of(
        Markup.encode(page, o.charset()), "text/html; charset=" + o.charset().name(), modified);
  }

  private static Resource feed(OutletProfile o, FeedRef.Kind kind, String body, Instant modified) {
    if (kind == FeedRef.Kind.JSON_FEED) {
      return Resource.text(body, "application/feed+json; charset=utf-8", modified);
    }
    return Resource.of(
        Markup.encode(body, o.charset()),
        SiteLayout.mediaType(kind) + "; charset=" + o.charset().name(),
        modified);
  }

  private static String robots(List<FeedRef> feeds) {
    StringBuilder r =
        new StringBuilder("User-agent: *\nDisallow: /admin/\nDisallow: /search\n" + "Allow: /\n");
    feeds.stream()
        .filter(f -> f.kind() == FeedRef.Kind.NEWS_SITEMAP)
        .forEach(f -> r.append("Sitemap: ").append(f.url()).append('\n'));
    return r.toString();
  }

  private static Instant newest(List<PlacedArticle> items) {
    return items.stream()
        .map(a -> a.published().toInstant())
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  Optional<Resource> find(String path) {
    Supplier<Resource> renderer = renderers.get(path);
    return renderer == null
        ? Optional.empty()
        : Optional.of(cache.computeIfAbsent(path, p -> renderer.get()));
  }
}
