package org.marsad.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Turns an OPML body into outlets. An outline with subscription children is an outlet (Marsad's
 * export); a subscription outline on its own (feed-reader exports) becomes a one-feed outlet; other
 * outlines are folders and are walked through. Outlines that cannot make an outlet (no usable URL)
 * are skipped: one bad line must not fail an import of hundreds.
 */
final class OpmlOutlines {

  /** ISO 3166 "user-assigned" code used when an imported file says nothing about the country. */
  static final String UNKNOWN_COUNTRY = "ZZ";

  private final List<Outlet> outlets = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  List<Outlet> collect(Element body) {
    walk(body);
    return List.copyOf(outlets);
  }

  private void walk(Element parent) {
    for (Element outline : children(parent, "outline")) {
      List<FeedRef> childFeeds = new ArrayList<>();
      for (Element c : children(outline, "outline")) {
        feedOf(c).ifPresent(childFeeds::add);
      }
      Optional<FeedRef> own = feedOf(outline);
      if (own.isPresent()) {
        add(outline, List.of(own.get()));
      } else if (!childFeeds.isEmpty() && isOutletFolder(outline, childFeeds)) {
        add(outline, childFeeds);
      } else if (children(outline, "outline").isEmpty()
          && uri(attr(outline, "htmlUrl")).isPresent()) {
        add(outline, List.of()); // a site without known feeds: autodiscovery will look
      } else {
        walk(outline);
      }
    }
  }

  /** A folder is an outlet when Marsad wrote it, or when all its feeds share one host. */
  private static boolean isOutletFolder(Element outline, List<FeedRef> feeds) {
    if (!attr(outline, "key").isEmpty() || !attr(outline, "htmlUrl").isEmpty()) {
      return true;
    }
    return feeds.size() > 1 && feeds.stream().map(f -> f.url().getHost()).distinct().count() == 1;
  }

  private void add(Element outline, List<FeedRef> feeds) {
    String text = first(attr(outline, "text"), attr(outline, "title"));
    Optional<URI> homepage =
        uri(attr(outline, "htmlUrl"))
            .or(() -> feeds.stream().findFirst().map(f -> origin(f.url())));
    String nameLatin =
        first(attr(outline, "nameLatin"), isLatin(text) ? text : homepage.get().getHost());
    String nameAr = first(text, nameLatin);
    String key =
        uniqueKey(first(attr(outline, "key"), slug(nameLatin), slug(homepage.get().getHost())));
    String country = attr(outline, "country").toUpperCase(Locale.ROOT);
    String lang = first(attr(outline, "language"), attr(outline, "lang"), "ar");
    outlets.add(
        new Outlet(
            key,
            nameAr,
            nameLatin,
            homepage.get(),
            country.matches("[A-Z]{2}") ? country : UNKNOWN_COUNTRY,
            lang,
            feeds));
  }

  private static Optional<FeedRef> feedOf(Element outline) {
    Optional<URI> url = uri(attr(outline, "xmlUrl"));
    if (url.isEmpty()) {
      return Optional.empty();
    }
    FeedRef.Kind kind;
    try {
      kind =
          attr(outline, "kind").isEmpty()
              ? FeedRef.Kind.AUTO
              : FeedRef.Kind.fromId(attr(outline, "kind"));
    } catch (IllegalArgumentException e) {
      kind = FeedRef.Kind.AUTO;
    }
    return Optional.of(new FeedRef(url.get(), kind));
  }

  private String uniqueKey(String base) {
    String k = base.isEmpty() ? "outlet" : base;
    k = k.length() > 56 ? k.substring(0, 56) : k;
    String candidate = k;
    for (int i = 2; !keys.add(candidate); i++) {
      candidate = k + "-" + i;
    }
    return candidate;
  }

  static String slug(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String slug = lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.matches("[a-z0-9].*") ? slug : "";
  }

  private static boolean isLatin(String s) {
    return !s.isBlank() && s.codePoints().allMatch(cp -> cp < 0x0250);
  }

  private static URI origin(URI u) {
    return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/");
  }

  private static Optional<URI> uri(String raw) {
    if (raw.isBlank()) {
      return Optional.empty();
    }
    try {
      URI u = new URI(raw.trim().replace(" ", "%20"));
      boolean web =
          u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).matches("https?|feed");
      if (!web || u.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(
          u.getScheme().equalsIgnoreCase("feed") ? new URI("http" + raw.trim().substring(4)) : u);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c.trim();
      }
    }
    return "";
  }

  /** Attribute lookup ignoring case: exporters write xmlUrl, xmlurl or XMLURL. */
  static String attr(Element e, String name) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (a.getNodeName().equalsIgnoreCase(name)) {
        return a.getNodeValue();
      }
    }
    return "";
  }

  static Optional<Element> child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && el.getTagName().equalsIgnoreCase(name)) {
        out.add(el);
      }
    }
    return out;
  }
}
