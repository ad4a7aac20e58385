package org.marsad.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article the extraction stage hands to later stages. Field names mirror the {@code marsad
 * extract} JSON contract. Absent scalars are {@link Optional#empty()}, absent lists are empty;
 * never null.
 *
 * @param url the URL the page was fetched from (or given on the command line)
 * @param canonicalUrl the page's declared canonical URL, absolute
 * @param title the headline without " - Outlet" suffixes
 * @param published publish date-time with the offset the page gives (UTC when it gives none)
 * @param modified last-modified date-time
 * @param authors bylines, in page order
 * @param siteName the outlet's name as the page declares it
 * @param lang BCP-47 language of the article ("ar", "fr", ...)
 * @param description the page's summary/description
 * @param text clean body: paragraphs separated by one blank line, original spelling kept
 * @param html sanitised body HTML (allow-list), embeds excluded
 * @param images lead image first, then body images with captions
 * @param embeds embedded posts (tweets, videos ...) with their text and emoji intact
 * @param tags page-declared tags/keywords (كلمات دلالية)
 * @param related "read also" links the page offers
 * @param sourceCredit the credit line (المصدر: ...), without its label
 */
public record ExtractedArticle(
    String url,
    Optional<String> canonicalUrl,
    String title,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    List<String> authors,
    Optional<String> siteName,
    Optional<String> lang,
    Optional<String> description,
    String text,
    String html,
    List<Image> images,
    List<Embed> embeds,
    List<String> tags,
    List<RelatedLink> related,
    Optional<String> sourceCredit) {

  public ExtractedArticle {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    authors = List.copyOf(authors);
    images = List.copyOf(images);
    embeds = List.copyOf(embeds);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
  }

  /** An image of the article; the first one of {@link #images()} is the lead image. */
  public record Image(String url, Optional<String> caption) {}

  /** A "read also" link the page offers. */
  public record RelatedLink(String url, String title) {}
}
