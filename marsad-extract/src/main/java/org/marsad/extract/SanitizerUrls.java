package org.marsad.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;

/**
 * jsoup's {@code absUrl} against the page URL: the resolved URL, or the value itself when it does
 * not resolve. The control-character passes are skipped when there are none to strip.
 */
final class SanitizerUrls {

  /** jsoup's test for a URL that needs no base (kept when Java has no handler for its scheme). */
  private static final Pattern VALID_URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

  /** jsoup's pattern of leading dot segments in a resolved path. */
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/((\\.{1,2}/)+)");

  private final String baseUrl;
  private final boolean plain;
  private URL base;
  private boolean baseParsed;

  SanitizerUrls(String baseUrl) {
    this.baseUrl = baseUrl;
    this.plain = !hasControl(baseUrl);
  }

  String absolute(String value) {
    String resolved =
        plain && !hasControl(value) ? resolve(value) : StringUtil.resolve(baseUrl, value);
    return resolved.isEmpty() ? value : resolved;
  }

  /**
   * jsoup 1.21's {@code StringUtil.resolve(String, String)}, for a base and value without control
   * characters (its regex passes would strip nothing), the base parsed once a page. {@code
   * SanitizerTest} holds it to the cleaner's output.
   */
  private String resolve(String value) {
    try {
      URL b = base();
      return b == null ? new URL(value).toExternalForm() : resolve(b, value).toExternalForm();
    } catch (MalformedURLException e) {
      return VALID_URI_SCHEME.matcher(value).find() ? value : "";
    }
  }

  /**
   * {@code StringUtil.resolve(URL, String)}: Java's resolution, with a query-only reference kept on
   * the base's path and leading "./" and "../" segments of the result dropped, as browsers do.
   */
  private static URL resolve(URL base, String value) throws MalformedURLException {
    String rel = value.startsWith("?") ? base.getPath() + value : value;
    URL url = new URL(base, rel);
    String file = EXTRA_DOT_SEGMENTS.matcher(url.getFile()).replaceFirst("/");
    if (url.getRef() != null) {
      file = file + "#" + url.getRef();
    }
    return new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
  }

  /** The page URL, parsed on first use; null when Java cannot parse it. */
  private URL base() {
    if (!baseParsed) {
      baseParsed = true;
      try {
        base = new URL(baseUrl);
      } catch (MalformedURLException e) {
        // jsoup then takes the value alone, when it is absolute
      }
    }
    return base;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }
}
