package org.marsad.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page is an article. Pages whose own metadata says "video" or "gallery", and
 * whose prose is short, are not articles; neither are section fronts full of teasers nor pages
 * without enough prose.
 */
final class PageClassifier {

  /** Prose a page must have to be an article when it does not declare itself one. */
  static final int MIN_TEXT = 250;

  /** Prose a page declaring itself an article (JSON-LD or og:type) must have. */
  static final int MIN_DECLARED_TEXT = 80;

  /** Below this much prose, media pages (video, gallery) are media, not articles. */
  static final int MEDIA_TEXT = 700;

  /** Below this much prose, a page full of teasers is a listing whatever its content holds. */
  static final int SHORT_TEXT = 600;

  /** Above this much prose, a page is never judged a listing. */
  static final int LISTING_TEXT = 1500;

  /** Teasers the content itself must hold for a page with some prose to be a listing. */
  static final int MIN_CONTENT_TEASERS = 3;

  private static final Pattern VIDEO_URL =
      Pattern.compile("/(videos?|watch|tv|فيديو|فيديوهات)(/|$)");
  private static final Pattern GALLERY_URL =
      Pattern.compile("/(gallery|galleries|photos?|album|albums|slideshow|صور|ألبوم|البوم)(/|$)");

  private PageClassifier() {}

  /** Signals read from the whole page before cleaning. */
  record Signals(
      String ogType,
      boolean declaresArticle,
      boolean declaresVideo,
      boolean declaresGallery,
      boolean declaresListing,
      int teasers,
      String path) {

    static Signals of(PageIndex page, Map<String, String> metas, JsonLd ld, String url) {
      String og = Metadata.meta(metas, "og:type").orElse("").toLowerCase(Locale.ROOT);
      String path =
          java.net.URLDecoder.decode(pathOf(url), java.nio.charset.StandardCharsets.UTF_8);
      return new Signals(
          og,
          ld.declaresArticle() || og.equals("article"),
          og.startsWith("video") || ld.declares("VideoObject"),
          ld.declares("ImageGallery") || ld.declares("MediaGallery"),
          ld.declares("CollectionPage") || ld.declares("ItemList"),
          teasers(page),
          path.toLowerCase(Locale.ROOT));
    }

    /**
     * The larger of the {@code <article>} count and the count of links inside {@code h2}/{@code h3}
     * headings (from the index: a selector with a descendant combinator walks the ancestors of
     * every link).
     */
    private static int teasers(PageIndex page) {
      return Math.max(page.byTag("article").size(), page.selectUnder("h2, h3", "a[href]").size());
    }

    private static String pathOf(String url) {
      try {
        String p = java.net.URI.create(url.strip().replace(" ", "%20")).getRawPath();
        return p == null ? "" : p;
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
  }

  /** The kind of non-article page, or empty when the page is an article. */
  static Optional<ExtractResult.NotAnArticle> judge(
      Signals s, Optional<Element> content, int textLength, int images) {
    // Media pages first: their player or slideshow markup may have left no text at all.
    boolean videoPage = s.declaresVideo() || VIDEO_URL.matcher(s.path()).find();
    if (videoPage && textLength < MEDIA_TEXT) {
      return notArticle(
          ExtractResult.PageKind.VIDEO, "video page with " + textLength + " characters of text");
    }
    boolean declaredGallery = s.declaresGallery() || GALLERY_URL.matcher(s.path()).find();
    if (declaredGallery && textLength < MEDIA_TEXT || images >= 8 && textLength < 400) {
      return notArticle(
          ExtractResult.PageKind.GALLERY,
          "photo gallery with " + textLength + " characters of text");
    }
    if (content.isEmpty() || textLength == 0) {
      return notArticle(ExtractResult.PageKind.EMPTY, "no text content found");
    }
    if (!s.declaresArticle()
        && (s.teasers() >= 8 || s.declaresListing())
        && textLength < LISTING_TEXT
        && (textLength < SHORT_TEXT || teasersIn(content.get()) >= MIN_CONTENT_TEASERS)) {
      return notArticle(
          ExtractResult.PageKind.LISTING, "listing page with " + s.teasers() + " teasers");
    }
    int min = s.declaresArticle() ? MIN_DECLARED_TEXT : MIN_TEXT;
    if (textLength < min) {
      return notArticle(
          ExtractResult.PageKind.OTHER, "only " + textLength + " characters of main text");
    }
    return Optional.empty();
  }

  /**
   * Teasers inside the chosen content. A product or service page may sit above a grid of related
   * teasers; a section front's content is the teasers themselves.
   */
  private static int teasersIn(Element content) {
    return content.select(Dom.css("article, h2 a[href], h3 a[href]")).size();
  }

  private static Optional<ExtractResult.NotAnArticle> notArticle(
      ExtractResult.PageKind kind, String reason) {
    return Optional.of(new ExtractResult.NotAnArticle(kind, reason));
  }
}
