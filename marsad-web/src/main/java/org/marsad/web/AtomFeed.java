package org.marsad.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.store.ArticleSummary;
import org.marsad.store.StoredArticle;

/**
 * Writes an Atom 1.0 (RFC 4287) feed. Built as text rather than through an XML writer so the output
 * is exactly what we escape: characters XML 1.0 forbids are dropped, everything else (Arabic,
 * 4-byte emoji) is written as-is and encoded once, as UTF-8, by the caller.
 *
 * @param baseUrl absolute site address without trailing slash, used for ids and links
 */
record AtomFeed(String baseUrl, String siteName) {

  /** One entry: the listing row, and the full article when the store still has it (for content). */
  record Entry(ArticleSummary summary, Optional<StoredArticle> full) {}

  /**
   * Renders the feed at {@code selfPath} (e.g. "/tag/x/feed.xml") whose page is {@code pagePath}.
   */
  String render(String title, String selfPath, String pagePath, List<Entry> entries, Instant now) {
    List<ArticleSummary> articles = entries.stream().map(Entry::summary).toList();
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n");
    element(xml, "  ", "title", title);
    element(xml, "  ", "id", baseUrl + selfPath);
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(escape(baseUrl + selfPath))
        .append("\"/>\n");
    xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(baseUrl + pagePath))
        .append("\"/>\n");
    element(xml, "  ", "updated", timestamp(newest(articles).orElse(now.atOffset(ZoneOffset.UTC))));
    xml.append("  <author>\n");
    element(xml, "    ", "name", siteName);
    xml.append("  </author>\n");
    element(xml, "  ", "generator", "Marsad");
    for (Entry e : entries) {
      entry(xml, e, now);
    }
    xml.append("</feed>\n");
    return xml.toString();
  }

  private void entry(StringBuilder xml, Entry e, Instant now) {
    ArticleSummary a = e.summary();
    String page = baseUrl + "/article/" + a.id();
    xml.append("  <entry>\n");
    element(xml, "    ", "title", a.title());
    element(xml, "    ", "id", page);
    xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(page))
        .append("\"/>\n");
    if (Fmt.safeHref(a.url()) != null) {
      xml.append("    <link rel=\"via\" href=\"").append(escape(a.url().strip())).append("\"/>\n");
    }
    // Atom requires <updated>; an article without a publish time is dated when the feed is built.
    String when = timestamp(a.published().orElse(now.atOffset(ZoneOffset.UTC)));
    element(xml, "    ", "updated", when);
    if (a.published().isPresent()) {
      element(xml, "    ", "published", when);
    }
    xml.append("    <author>\n");
    element(xml, "      ", "name", a.sourceName());
    xml.append("    </author>\n");
    if (!a.excerpt().isBlank()) {
      element(xml, "    ", "summary", a.excerpt());
    }
    e.full()
        .ifPresent(
            full ->
                xml.append("    <content type=\"html\">")
                    .append(escape(contentHtml(full)))
                    .append("</content>\n"));
    xml.append("  </entry>\n");
  }

  /**
   * The article body (sanitised upstream) followed by its embedded posts as quotes, so feed readers
   * get the posts' text (emoji included) without any third-party script.
   */
  static String contentHtml(StoredArticle article) {
    StringBuilder html = new StringBuilder(article.html());
    for (StoredArticle.EmbedView embed : article.embeds()) {
      html.append("<blockquote><p>")
          .append(escape(embed.text()))
          .append("</p><p>")
          .append(escape(Fmt.platform(embed.type())));
      embed.author().ifPresent(author -> html.append(" · ").append(escape(author)));
      if (Fmt.safeHref(embed.url()) != null) {
        html.append(" · <a href=\"")
            .append(escape(embed.url().strip()))
            .append("\">")
            .append(escape(embed.url().strip()))
            .append("</a>");
      }
      html.append("</p></blockquote>");
    }
    return html.toString();
  }

  private static Optional<OffsetDateTime> newest(List<ArticleSummary> articles) {
    return articles.stream()
        .map(ArticleSummary::published)
        .flatMap(Optional::stream)
        .max(Comparator.comparing(OffsetDateTime::toInstant));
  }

  private static String timestamp(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent)
        .append('<')
        .append(name)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  /** XML-escapes text and drops code points XML 1.0 does not allow (controls, lone surrogates). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (allowedInXml(cp)) {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
