package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultOutletsTest {

  /** Feed hosts that differ from the outlet's home page host (publisher feed services). */
  private static final Set<String> KNOWN_FEED_HOSTS = Set.of("feeds.bbci.co.uk", "rss.dw.com");

  private final List<Outlet> outlets = DefaultOutlets.load();

  @Test
  void atLeastSixtyOutletsAcrossFifteenCountriesPlusPanArab() {
    assertTrue(outlets.size() >= 60, "outlets: " + outlets.size());
    Set<String> countries = outlets.stream().map(Outlet::country).collect(Collectors.toSet());
    assertTrue(countries.contains("XA"), "pan-Arab channels present");
    countries.remove("XA");
    assertTrue(countries.size() >= 15, "countries: " + countries);
    assertTrue(countries.stream().allMatch(c -> c.matches("[A-Z]{2}")));
  }

  @Test
  void keysUniqueNamesArabicUrlsWeb() {
    assertEquals(outlets.size(), outlets.stream().map(Outlet::key).distinct().count());
    for (Outlet o : outlets) {
      assertTrue(
          o.nameAr()
              .codePoints()
              .anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC),
          o.key());
      assertTrue(
          o.homepage().getScheme().equals("https") || o.homepage().getScheme().equals("http"),
          o.key());
      o.feeds().forEach(f -> assertTrue(f.url().getHost() != null, o.key()));
    }
    assertTrue(outlets.stream().filter(o -> !o.feeds().isEmpty()).count() >= 10);
  }

  @Test
  void everyFeedUrlIsAbsoluteHttpWithAHost() {
    for (Outlet o : outlets) {
      for (FeedRef f : o.feeds()) {
        URI u = f.url();
        assertTrue(u.isAbsolute(), o.key() + ": " + u);
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        assertTrue(scheme.equals("https") || scheme.equals("http"), o.key() + ": " + u);
        assertTrue(u.getHost() != null && !u.getHost().isBlank(), o.key() + ": " + u);
      }
    }
  }

  @Test
  void noFeedUrlIsListedTwice() {
    Set<String> seen = new HashSet<>();
    for (Outlet o : outlets) {
      for (FeedRef f : o.feeds()) {
        String url = f.url().toString().toLowerCase(Locale.ROOT);
        assertTrue(seen.add(url), "duplicate feed URL " + url + " (" + o.key() + ")");
      }
    }
  }

  @Test
  void feedsOnlyPointAtTheOutletsOwnSiteFamily() {
    for (Outlet o : outlets) {
      String home = registrableName(o.homepage().getHost());
      for (FeedRef f : o.feeds()) {
        String host = f.url().getHost().toLowerCase(Locale.ROOT);
        assertTrue(host.contains(home) || KNOWN_FEED_HOSTS.contains(host), o.key() + ": " + host);
      }
    }
  }

  private static String registrableName(String host) {
    String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
    return labels[0];
  }
}
