package org.marsad.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds embedded posts (the platforms' own embed markup, AMP components and iframes), turns each
 * into an {@link Embed}, and replaces it in the DOM by an empty placeholder so that its text never
 * counts as body text while its position still tells whether it sits inside the article.
 */
final class Embeds {

  static final String PLACEHOLDER = "marsad-embed";

  /** More embed markup than any article carries: the rest stays as markup and is cleaned away. */
  private static final int MAX_EMBEDS = 200;

  private static final String SELECTOR =
      "blockquote.twitter-tweet, blockquote.twitter-video, amp-twitter, iframe[src*=platform.twitter.com/embed],"
          + " .fb-post[data-href], .fb-video[data-href], amp-facebook, iframe[src*=facebook.com/plugins/],"
          + " blockquote.instagram-media, amp-instagram, iframe[src*=instagram.com/p/],"
          + " iframe[src*=youtube.com/embed/], iframe[src*=youtube-nocookie.com/embed/], amp-youtube,"
          + " lite-youtube, script[data-telegram-post], iframe[src*=t.me/], blockquote.tiktok-embed";

  /** Every part of {@link #SELECTOR} needs one of these tags or a {@code data-href}. */
  private static final Set<String> EMBED_TAGS =
      Set.of(
          "blockquote",
          "iframe",
          "script",
          "amp-twitter",
          "amp-facebook",
          "amp-instagram",
          "amp-youtube",
          "lite-youtube");

  private static final Pattern HANDLE =
      Pattern.compile("\\(@([A-Za-z0-9_]{1,30})\\)|@([A-Za-z0-9_.]{1,30})\\)?\\s*$");
  private static final Pattern TWEET_URL =
      Pattern.compile(
          "https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/([A-Za-z0-9_]+)/status(?:es)?/(\\d+)");
  private static final Pattern INSTA_HANDLE = Pattern.compile("\\(@([A-Za-z0-9_.]{1,30})\\)");
  private static final Pattern YT_ID = Pattern.compile("/embed/([A-Za-z0-9_-]{6,})");

  private Embeds() {}

  /**
   * Extracts every embed of the page, in document order, leaving placeholders behind. The index is
   * of the untouched page: since then elements were only removed or renamed, never added or moved,
   * so its attached matches are what a walk would find.
   */
  static List<Embed> lift(PageIndex page) {
    List<Embed> out = new ArrayList<>();
    List<Element> found = PageIndex.attached(page.select(Embeds::mayEmbed, SELECTOR));
    for (Element e : found.subList(0, Math.min(found.size(), MAX_EMBEDS))) {
      if (e.parent() == null || insideLifted(e)) {
        continue;
      }
      Optional<Embed> embed = toEmbed(e);
      if (embed.isPresent()) {
        Element ph = new Element(PLACEHOLDER).attr("data-index", Integer.toString(out.size()));
        e.replaceWith(ph);
        out.add(embed.get());
      }
    }
    return out;
  }

  private static boolean mayEmbed(Element e) {
    return EMBED_TAGS.contains(e.normalName()) || Tree.hasParsedAttr(e, "data-href");
  }

  private static boolean insideLifted(Element e) {
    return e.ownerDocument() == null || e.closest(PLACEHOLDER) != null;
  }

  private static Optional<Embed> toEmbed(Element e) {
    String cls = e.className();
    String tag = e.tagName();
    if (cls.contains("twitter-")
        || tag.equals("amp-twitter")
        || e.attr("src").contains("twitter.com")) {
      return twitter(e);
    }
    if (cls.contains("fb-")
        || tag.equals("amp-facebook")
        || e.attr("src").contains("facebook.com")) {
      return facebook(e);
    }
    if (cls.contains("instagram")
        || tag.equals("amp-instagram")
        || e.attr("src").contains("instagram.com")) {
      return instagram(e);
    }
    if (tag.equals("script") || e.attr("src").contains("t.me/")) {
      return telegram(e);
    }
    if (cls.contains("tiktok")) {
      return Optional.of(
          new Embed(Embed.Type.TIKTOK, e.attr("cite"), Optional.empty(), postText(e)));
    }
    return youtube(e);
  }

  private static Optional<Embed> twitter(Element e) {
    String id = e.hasAttr("data-tweetid") ? e.attr("data-tweetid") : param(e.attr("src"), "id");
    String url = id.isEmpty() ? "" : "https://twitter.com/i/status/" + id;
    Optional<String> author = Optional.empty();
    for (Element a : e.select(Dom.css("a[href]"))) {
      Matcher m = TWEET_URL.matcher(a.attr("href"));
      if (m.find()) {
        url = m.group(0);
        author = Optional.of("@" + m.group(1));
      }
    }
    Element p = e.selectFirst(Dom.css("p"));
    String text = p == null ? "" : Dom.squash(p.text());
    Element quote = e.nameIs("blockquote") ? e : e.selectFirst(Dom.css("blockquote"));
    Matcher h = HANDLE.matcher(quote == null ? "" : quote.ownText());
    if (h.find()) {
      author = Optional.of("@" + (h.group(1) != null ? h.group(1) : h.group(2)));
    }
    return url.isEmpty()
        ? Optional.empty()
        : Optional.of(new Embed(Embed.Type.TWITTER, url, author, text));
  }

  private static Optional<Embed> facebook(Element e) {
    String url = e.hasAttr("data-href") ? e.attr("data-href") : param(e.attr("src"), "href");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Element quote = e.selectFirst(Dom.css("blockquote"));
    Optional<String> author =
        Optional.ofNullable(e.selectFirst(Dom.css("blockquote cite a, blockquote > a")))
            .map(Element::text)
            .filter(s -> !s.isBlank());
    String text = "";
    if (quote != null) {
      Element p = quote.selectFirst(Dom.css("p"));
      text = Dom.squash(p != null ? p.text() : quote.text());
    }
    return Optional.of(new Embed(Embed.Type.FACEBOOK, url, author, text));
  }

  private static Optional<Embed> instagram(Element e) {
    String url = e.attr("data-instgrm-permalink");
    if (url.isEmpty() && e.hasAttr("data-shortcode")) {
      url = "https://www.instagram.com/p/" + e.attr("data-shortcode") + "/";
    }
    if (url.isEmpty()) {
      url = e.attr("src").replaceFirst("/embed/?.*$", "/");
    }
    url = url.replaceFirst("\\?.*$", "");
    Optional<String> author = Optional.empty();
    String text = "";
    for (Element p : e.select(Dom.css("p"))) {
      Matcher h = INSTA_HANDLE.matcher(p.text());
      if (h.find()) {
        author = Optional.of("@" + h.group(1));
      } else if (text.isEmpty() && !p.text().toLowerCase(Locale.ROOT).contains("instagram")) {
        text = Dom.squash(p.text());
      }
    }
    return url.isEmpty()
        ? Optional.empty()
        : Optional.of(new Embed(Embed.Type.INSTAGRAM, url, author, text));
  }

  private static Optional<Embed> telegram(Element e) {
    String post =
        e.hasAttr("data-telegram-post")
            ? e.attr("data-telegram-post")
            : e.attr("src").replaceFirst("^.*t\\.me/", "").replaceFirst("\\?.*$", "");
    if (!post.matches("[A-Za-z0-9_]+/\\d+")) {
      return Optional.empty();
    }
    String channel = post.substring(0, post.indexOf('/'));
    return Optional.of(
        new Embed(Embed.Type.TELEGRAM, "https://t.me/" + post, Optional.of("@" + channel), ""));
  }

  private static Optional<Embed> youtube(Element e) {
    String id = e.hasAttr("data-videoid") ? e.attr("data-videoid") : e.attr("videoid");
    Matcher m = YT_ID.matcher(e.attr("src"));
    if (id.isEmpty() && m.find()) {
      id = m.group(1);
    }
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String title = Dom.squash(e.attr("title"));
    return Optional.of(
        new Embed(
            Embed.Type.YOUTUBE, "https://www.youtube.com/watch?v=" + id, Optional.empty(), title));
  }

  private static String postText(Element e) {
    Element p = e.selectFirst(Dom.css("p"));
    return Dom.squash(p == null ? e.text() : p.text());
  }

  private static String param(String url, String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&#]+)").matcher(url);
    return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : "";
  }
}
