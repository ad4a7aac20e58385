package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Page-level metadata, read from JSON-LD, OpenGraph and meta tags before any cleaning. Each field
 * is a cascade: the most deliberate declaration wins (JSON-LD, then OpenGraph, then plain meta,
 * then visible markup).
 */
record Metadata(
    Optional<String> title,
    Optional<String> canonical,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    List<String> authors,
    Optional<String> siteName,
    Optional<String> lang,
    Optional<String> description,
    Optional<String> leadImage,
    List<String> tags,
    Optional<OffsetDateTime> lastResort) {

  /** Enough {@code time} elements for the article's own; the rest are lists of other stories. */
  private static final int MAX_TIMES = 30;

  private static final List<String> META_KEYS = List.of("property", "name", "itemprop");

  /**
   * Dates the page writes without an offset are read in {@code zone}, the outlet's. {@link
   * #lastResort} is a date the page states neither in metadata, its URL nor a date line, read
   * before cleaning because scripts are removed later.
   */
  static Metadata read(
      Document doc, Map<String, String> metas, JsonLd ld, String url, ZoneId zone) {
    PageIndex page = PageIndex.of(doc);
    return read(doc, page, metas, ld, url, zone, Bylines.lazyCandidates(doc, page));
  }

  /**
   * As above, sharing the page's date lines with the caller (read at most once per page) and its
   * index of the untouched page.
   */
  static Metadata read(
      Document doc,
      PageIndex page,
      Map<String, String> metas,
      JsonLd ld,
      String url,
      ZoneId zone,
      DateLines lines) {
    Optional<String> site =
        first(
            meta(metas, "og:site_name"),
            ld.first("Organization").flatMap(o -> JsonLd.string(o.get("name"))),
            ld.article().flatMap(a -> JsonLd.string(a.get("publisher"))),
            meta(metas, "application-name"));
    List<OffsetDateTime> modified = parsed(modifiedSources(metas, ld), zone);
    Optional<OffsetDateTime> published =
        published(doc, page, metas, ld, url, zone, lines, modified);
    return new Metadata(
        Titles.best(doc, page, ld, site, metas),
        canonical(page, metas, url),
        published,
        modified.stream().findFirst(),
        Authors.of(page, ld),
        site,
        lang(page, metas),
        first(
            meta(metas, "og:description"),
            meta(metas, "description"),
            meta(metas, "twitter:description"),
            ld.articleString("description")),
        first(
                meta(metas, "og:image"),
                meta(metas, "twitter:image"),
                ld.article().flatMap(a -> JsonLd.string(a.get("image"))))
            .flatMap(i -> Dom.absolute(url, i)),
        DeclaredTags.of(page, metas, ld),
        published.isPresent() ? Optional.empty() : lastResort(doc, page, url, zone, lines));
  }

  /** Only for pages whose URL and date lines give no date either: most have one. */
  private static Optional<OffsetDateTime> lastResort(
      Document doc, PageIndex page, String url, ZoneId zone, DateLines lines) {
    if (Dates.fromUrl(url, zone).isPresent() || lines.date(zone).isPresent()) {
      return Optional.empty();
    }
    return ScriptDates.find(page, zone).or(() -> PageDates.mostStated(doc, zone));
  }

  /** The declared publish time, shown in the offset of the day the outlet printed. */
  private static Optional<OffsetDateTime> published(
      Document doc,
      PageIndex page,
      Map<String, String> metas,
      JsonLd ld,
      String url,
      ZoneId zone,
      DateLines lines,
      List<OffsetDateTime> modified) {
    // Every declaration that parses, in order: a value in an unknown format must not hide the next.
    List<OffsetDateTime> stated =
        parsed(
            List.of(
                ld.articleString("datePublished"),
                meta(metas, "article:published_time"),
                meta(metas, "og:published_time"),
                meta(metas, "datePublished"),
                meta(metas, "pubdate"),
                meta(metas, "publishdate"),
                meta(metas, "publish-date"),
                meta(metas, "dc.date.issued"),
                LabelledDates.overDublinCore(doc, meta(metas, "dc.date"), zone),
                meta(metas, "sailthru.date"),
                meta(metas, "parsely-pub-date"),
                otherPublishMeta(metas),
                ld.anyString("datePublished")),
            zone);
    // A time element's value only joins the list: its own text is a date line, which must not
    // confirm it as another declared date.
    List<OffsetDateTime> declared = new ArrayList<>(stated);
    declared.addAll(parsed(List.of(TimeElements.firstOwn(page)), zone));
    Optional<OffsetDateTime> urlDay = Dates.fromUrl(url, zone);
    Optional<OffsetDateTime> chosen =
        declared.isEmpty()
            ? meta(metas, "date").flatMap(d -> generic(d, url, zone, lines))
            : Optional.of(
                    ShownDates.choose(
                        declared,
                        stated.size(),
                        parsed(shownSources(metas, ld), zone),
                        () -> lines.date(zone),
                        urlDay))
                .map(d -> ShownDates.shownRevision(d, modified, lines, zone))
                .map(d -> ShownDates.shownFirstEdition(d, modified, lines, zone))
                .map(d -> urlDay.filter(u -> ShownDates.farApart(u, d)).orElse(d))
                .map(d -> Bylines.withTimeOfDay(d, lines, zone));
    // Only a UTC time can be on the wrong day; the page's other dates are read then.
    return chosen.map(
        p ->
            p.getOffset().equals(ZoneOffset.UTC)
                ? LocalDays.localise(
                    p, written(page, metas), () -> LocalDays.pageDay(urlDay, page, zone), zone)
                : p);
  }

  private static List<Optional<String>> modifiedSources(Map<String, String> metas, JsonLd ld) {
    return List.of(
        ld.articleString("dateModified"),
        meta(metas, "article:modified_time"),
        meta(metas, "og:updated_time"),
        meta(metas, "dateModified"),
        meta(metas, "last-modified"));
  }

  /**
   * The other declared dates a date line may pick: the modification dates, and the bare "date"
   * meta, which then only wins when the page shows its day (a press release written the evening
   * before its release day).
   */
  private static List<Optional<String>> shownSources(Map<String, String> metas, JsonLd ld) {
    List<Optional<String>> out = new ArrayList<>(modifiedSources(metas, ld));
    out.add(meta(metas, "date"));
    return out;
  }

  private static List<OffsetDateTime> parsed(List<Optional<String>> values, ZoneId zone) {
    return values.stream().flatMap(d -> d.flatMap(v -> Dates.parse(v, zone)).stream()).toList();
  }

  /**
   * A bare "date" meta is the last resort, after the URL and the visible date line: many CMSs fill
   * it with the day the page was generated, not the day of the story.
   */
  private static Optional<OffsetDateTime> generic(
      String date, String url, ZoneId zone, DateLines lines) {
    return Dates.fromUrl(url, zone).or(() -> lines.date(zone)).or(() -> Dates.parse(date, zone));
  }

  /** Every date with a time the page writes in meta tags and {@code time} elements. */
  private static List<LocalDays.Written> written(PageIndex page, Map<String, String> metas) {
    List<LocalDays.Written> out = new ArrayList<>();
    new TreeMap<>(metas)
        .forEach(
            (k, v) -> {
              if (k.contains("date") || k.contains("time")) {
                Dates.written(v).ifPresent(out::add);
              }
            });
    page.select("time", "time[datetime]").stream()
        .limit(MAX_TIMES)
        .forEach(t -> Dates.written(t.attr("datetime")).ifPresent(out::add));
    return out;
  }

  /** The first present, non-blank option: the cascades of this class. */
  @SafeVarargs
  static Optional<String> first(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent() && !o.get().isBlank()) {
        return o;
      }
    }
    return Optional.empty();
  }

  /** A meta tag by property, name or itemprop, case-insensitively (one scan of the page). */
  static Optional<String> meta(Document doc, String key) {
    return meta(index(doc), key);
  }

  static Optional<String> meta(Map<String, String> metas, String key) {
    return Optional.ofNullable(metas.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * First non-empty content of every meta key, keyed by lower-cased property, name and itemprop.
   */
  static Map<String, String> index(Document doc) {
    return index(PageIndex.of(doc));
  }

  static Map<String, String> index(PageIndex page) {
    Map<String, String> out = new HashMap<>();
    for (Element m : page.select("meta", "meta[content]")) {
      String v = Dom.squash(Tree.parsedAttr(m, "content"));
      if (!v.isEmpty()) {
        for (String attr : META_KEYS) {
          String k = Tree.parsedAttr(m, attr).strip().toLowerCase(Locale.ROOT);
          if (!k.isEmpty()) {
            out.putIfAbsent(k, v);
          }
        }
      }
    }
    return out;
  }

  /**
   * Any other meta tag named for the publish time ("shareaholic:article_published_time",
   * "sw-pubdate", "vr:published-time"): plugins prefix the standard names with their own.
   */
  private static Optional<String> otherPublishMeta(Map<String, String> metas) {
    return metas.keySet().stream()
        .filter(k -> k.contains("publish") || k.contains("pubdate"))
        .filter(k -> !k.contains("publisher") && !k.contains("modif") && !k.contains("updat"))
        .sorted()
        .map(metas::get)
        .findFirst();
  }

  private static Optional<String> canonical(PageIndex page, Map<String, String> metas, String url) {
    Element link =
        page.select("link", "link[rel~=(?i)^canonical$][href]").stream().findFirst().orElse(null);
    Optional<String> raw = link != null ? Optional.of(link.attr("href")) : meta(metas, "og:url");
    return raw.flatMap(r -> Dom.absolute(url, r));
  }

  private static Optional<String> lang(PageIndex page, Map<String, String> metas) {
    Optional<String> raw =
        first(
            Optional.of(new Elements(page.byTag("html")).attr("lang")),
            meta(metas, "og:locale"),
            Optional.of(
                new Elements(page.select("meta", "meta[http-equiv~=(?i)content-language]"))
                    .attr("content")));
    return raw.map(Metadata::primaryLanguage).filter(Metadata::isLanguageCode);
  }

  /**
   * The primary subtag of a declared language ("ar" of "ar-EG", "ar_MA", "ar, en"), lower-cased; ""
   * when the value starts with a separator (a split of "-" left no part at all).
   */
  static String primaryLanguage(String declared) {
    int end = 0;
    while (end < declared.length() && !isSubtagSeparator(declared.charAt(end))) {
      end++;
    }
    return declared.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** What ends a declared language's primary subtag: - _ , ; or ASCII whitespace. */
  private static boolean isSubtagSeparator(char c) {
    return c == '-' || c == '_' || c == ',' || c == ';' || Dom.isRegexSpace(c);
  }

  /** Two or three ASCII lower-case letters. */
  private static boolean isLanguageCode(String code) {
    return code.length() >= 2
        && code.length() <= 3
        && code.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
