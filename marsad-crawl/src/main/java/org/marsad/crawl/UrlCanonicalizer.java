package org.marsad.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One URL per article: lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, remaining parameters sorted, AMP and mobile variants mapped to the main article
 * ({@code amp.}/{@code m.}/{@code mobile.} hosts, {@code /amp/} segments, {@code amp=1}). URLs it
 * cannot understand are returned unchanged rather than rejected.
 */
public final class UrlCanonicalizer {

  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "ref_src",
          "ref_url",
          "spm",
          "cmpid",
          "ocid",
          "ito",
          "soc_src",
          "soc_trk",
          "s_cid",
          "ncid",
          "ns_mchannel",
          "ns_source",
          "ns_campaign",
          "ns_linkname",
          "ns_fee",
          "sr_share",
          "vero_id",
          "oly_enc_id",
          "oly_anon_id",
          "rb_clickid",
          "amp",
          "amp_js_v",
          "amp_gsa",
          "usqp",
          "outputtype",
          "__twitter_impression");
  private static final Pattern TRACKING_PREFIX = Pattern.compile("^(utm_|at_|pk_|mtm_|hsa_).*");
  private static final Pattern MOBILE_HOST = Pattern.compile("^(amp|m|mobile)\\.(.+\\..+)$");

  private UrlCanonicalizer() {}

  public static URI canonicalize(URI url) {
    if (!url.isAbsolute() || url.getRawAuthority() == null || url.getHost() == null) {
      return url;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(scheme).append("://").append(authority(scheme, url));
    sb.append(canonicalPath(url.getRawPath()));
    String query = canonicalQuery(url.getRawQuery());
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    try {
      return new URI(sb.toString());
    } catch (URISyntaxException e) {
      return url;
    }
  }

  private static String authority(String scheme, URI url) {
    String userInfo = url.getRawUserInfo() == null ? "" : url.getRawUserInfo() + "@";
    String host = canonicalHost(url.getHost().toLowerCase(Locale.ROOT));
    int port = url.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return userInfo + host + (defaultPort ? "" : ":" + port);
  }

  /** Parses a URL string from a feed, percent-encoding spaces and non-ASCII characters first. */
  public static java.util.Optional<URI> parse(String raw) {
    try {
      return java.util.Optional.of(new URI(escapeUnsafe(raw.trim())));
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
  }

  /** Percent-encodes characters that real feeds put in URLs but RFC 3986 forbids. */
  static String escapeUnsafe(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int v = b & 0xFF;
      if (v <= 0x20 || v >= 0x7F || "\"<>\\^`{|}".indexOf(v) >= 0) {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", v));
      } else {
        sb.append((char) v);
      }
    }
    // A '#' inside the fragment, or a second one, is invalid: keep only the first.
    int hash = sb.indexOf("#");
    if (hash >= 0 && sb.indexOf("#", hash + 1) >= 0) {
      return sb.substring(0, hash);
    }
    return sb.toString();
  }

  private static String canonicalHost(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    var m = MOBILE_HOST.matcher(h);
    return m.matches() ? m.group(2) : h;
  }

  private static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    List<String> out = new ArrayList<>();
    String[] segments = rawPath.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String seg = normalizeEscapes(segments[i]);
      boolean last = i == segments.length - 1;
      if (seg.equalsIgnoreCase("amp")) {
        continue; // "/amp/" and a trailing "/amp" mark the AMP rendering of the same article
      }
      if (seg.equals(".") || seg.equals("..")) {
        if (seg.equals("..") && !out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add(""); // "/a/b/.." is the directory "/a/"
        }
        continue;
      }
      out.add(stripAmpSuffix(seg, last));
    }
    return "/" + String.join("/", out);
  }

  /** "article.amp.html" → "article.html", "article.amp" → "article". */
  private static String stripAmpSuffix(String seg, boolean last) {
    if (!last) {
      return seg;
    }
    if (seg.endsWith(".amp.html")) {
      return seg.substring(0, seg.length() - ".amp.html".length()) + ".html";
    }
    return seg.endsWith(".amp") ? seg.substring(0, seg.length() - 4) : seg;
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!TRACKING.contains(name) && !TRACKING_PREFIX.matcher(name).matches()) {
        kept.add(normalizeEscapes(pair));
      }
    }
    kept.sort(null); // parameter order never changes the article; sorting makes variants equal
    return String.join("&", kept);
  }

  /** Upper-case hex in escapes and decode escaped unreserved ASCII (RFC 3986 §6.2.2). */
  private static String normalizeEscapes(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
        if (isUnreserved(v)) {
          sb.append((char) v);
        } else {
          sb.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        }
        i += 2;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static boolean isUnreserved(int v) {
    return (v >= 'a' && v <= 'z')
        || (v >= 'A' && v <= 'Z')
        || (v >= '0' && v <= '9')
        || v == '-'
        || v == '.'
        || v == '_'
        || v == '~';
  }
}
