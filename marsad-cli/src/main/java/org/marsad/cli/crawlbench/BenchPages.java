package org.marsad.cli.crawlbench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The content of the simulated web, rendered on demand from (host, item) so that 20,000 pages cost
 * no memory: per host a robots.txt, one RSS feed of its items and the article pages, in the shape
 * of an Arabic news site (navigation, breadcrumbs, byline, share and tag boxes, "read also", "most
 * read", footer). About one page in {@value #SYNDICATION_EVERY} carries the text of the same item
 * at the next host, as wire copy does, so story clustering sees cross-outlet duplicates.
 */
final class BenchPages {

  static final int SYNDICATION_EVERY = 33;

  private final int hosts;
  private final int items;
  private final Instant now;

  BenchPages(int hosts, int items, Instant now) {
    this.hosts = hosts;
    this.items = items;
    this.now = now.truncatedTo(ChronoUnit.SECONDS);
  }

  int items() {
    return items;
  }

  static String articlePath(int item) {
    return "/news/" + (item + 1) + ".html";
  }

  /** The item a path names, or -1. */
  int itemOf(String path) {
    if (!path.startsWith("/news/") || !path.endsWith(".html")) {
      return -1;
    }
    try {
      int n = Integer.parseInt(path.substring(6, path.length() - 5)) - 1;
      return n >= 0 && n < items ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  boolean syndicated(int host, int item) {
    return hosts > 1 && Math.floorMod(host * 31L + item * 7L, SYNDICATION_EVERY) == 0;
  }

  /** Whose text the page carries: its own, or the next host's for wire copy. */
  private long textSeed(int host, int item) {
    int from = syndicated(host, item) ? (host + 1) % hosts : host;
    return from * 1_000_003L + item * 7_919L + 17L;
  }

  Instant published(int host, int item) {
    return now.minus(item * 11L + host % 50 + 1, ChronoUnit.MINUTES);
  }

  static byte[] robots() {
    return ("User-agent: *\nDisallow: /admin/\nDisallow: /search\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  byte[] feed(int host, String base) {
    StringBuilder x = new StringBuilder(items * 600 + 600);
    x.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>")
        .append(Markup.esc(BenchText.outletName(host)))
        .append("</title>\n<link>")
        .append(base)
        .append("/</link>\n")
        .append("<description>آخر الأخبار</description>\n<language>ar</language>\n");
    for (int j = 0; j < items; j++) {
      long seed = textSeed(host, j);
      String url = base + articlePath(j);
      x.append("<item>\n<title>")
          .append(Markup.esc(BenchText.title(seed)))
          .append("</title>\n<link>")
          .append(url)
          .append("</link>\n<guid isPermaLink=\"true\">")
          .append(url)
          .append("</guid>\n<pubDate>")
          .append(
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  published(host, j).atOffset(ZoneOffset.UTC)))
          .append("</pubDate>\n<category>")
          .append(Markup.esc(BenchText.section(seed)))
          .append("</category>\n")
          .append("<description>")
          .append(Markup.esc(BenchText.paragraphs(seed).get(0)))
          .append("</description>\n")
          .append("</item>\n");
    }
    return x.append("</channel>\n</rss>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] article(int host, int item, String base) {
    long seed = textSeed(host, item);
    String title = BenchText.title(seed);
    String section = BenchText.section(seed);
    String iso =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            published(host, item).atOffset(ZoneOffset.UTC));
    StringBuilder h = new StringBuilder(16_384);
    Markup.head(h, title, BenchText.outletName(host), base + articlePath(item), iso);
    Markup.siteHeader(h, BenchText.outletName(host));
    h.append(
            "<main class=\"container\">\n<nav class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> &rsaquo; <a href=\"/section/")
        .append(BenchText.sections().indexOf(section))
        .append("\">")
        .append(Markup.esc(section))
        .append("</a></nav>\n")
        .append("<article class=\"news-article\">\n<h1 class=\"headline\">")
        .append(Markup.esc(title))
        .append("</h1>\n")
        .append("<div class=\"meta\"><span class=\"author\">بقلم: ")
        .append(Markup.esc(BenchText.writer(seed)))
        .append("</span> <time datetime=\"")
        .append(iso)
        .append("\">")
        .append(iso, 0, 10)
        .append("</time></div>\n")
        .append("<div class=\"article-body\">\n");
    for (String p : BenchText.paragraphs(seed)) {
      h.append("<p>").append(Markup.esc(p)).append("</p>\n");
    }
    h.append("</div>\n");
    Markup.tagsAndShare(h, section, base + articlePath(item));
    h.append("</article>\n");
    Markup.linkBox(h, "اقرأ أيضا", related(host, item, base, 4, 1));
    Markup.linkBox(h, "الأكثر قراءة", related(host, item, base, 5, 3));
    h.append("</main>\n");
    Markup.footer(h, BenchText.outletName(host));
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Links to other items of the same host, with their headlines. */
  private List<String[]> related(int host, int item, String base, int count, int stride) {
    int n = Math.min(count, items - 1);
    return java.util.stream.IntStream.range(1, n + 1)
        .mapToObj(k -> (item + k * stride) % items)
        .filter(j -> j != item)
        .map(j -> new String[] {base + articlePath(j), BenchText.title(textSeed(host, j))})
        .toList();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d hosts × %d items", hosts, items);
  }
}
