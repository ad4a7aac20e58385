package org.marsad.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The robots.txt rules that apply to one user-agent token (RFC 9309): the most specific matching
 * group, longest matching path wins, Allow wins ties, '*' and '$' wildcards; plus the non-standard
 * but widely used Crawl-delay and the Sitemap lines.
 */
record RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay, List<String> sitemaps) {

  record Rule(String pattern, boolean allow) {}

  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  static RobotsRules allowAll() {
    return new RobotsRules(List.of(), Optional.empty(), List.of());
  }

  static RobotsRules disallowAll() {
    return new RobotsRules(List.of(new Rule("/", false)), Optional.empty(), List.of());
  }

  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule r : rules) {
      if (r.pattern().isEmpty() || !matches(r.pattern(), path)) {
        continue;
      }
      if (best == null
          || r.pattern().length() > best.pattern().length()
          || (r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  static RobotsRules parse(String text, String agentToken) {
    GroupCollector collector = new GroupCollector();
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = stripComment(raw);
      int colon = line.indexOf(':');
      if (colon > 0) {
        collector.accept(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return select(collector.groups, agentToken.toLowerCase(Locale.ROOT), collector.sitemaps);
  }

  /** Consecutive User-agent lines open one group; rules attach to the open group. */
  private static final class GroupCollector {
    final List<Group> groups = new ArrayList<>();
    final List<String> sitemaps = new ArrayList<>();
    private Group current;
    private boolean lastWasAgent;

    void accept(String key, String value) {
      if (key.equals("sitemap")) {
        sitemaps.add(value);
        return;
      }
      if (key.equals("user-agent")) {
        if (current == null || !lastWasAgent) {
          current = new Group();
          groups.add(current);
        }
        current.agents.add(value.toLowerCase(Locale.ROOT));
        lastWasAgent = true;
        return;
      }
      lastWasAgent = false;
      if (current != null) {
        current.add(key, value);
      }
    }
  }

  private static RobotsRules select(List<Group> groups, String token, List<String> sitemaps) {
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> delay = Optional.empty();
    boolean specific = groups.stream().anyMatch(g -> g.names(token));
    for (Group g : groups) {
      boolean applies = specific ? g.names(token) : g.agents.contains("*");
      if (applies) {
        rules.addAll(g.rules);
        delay = delay.isPresent() ? delay : g.crawlDelay;
      }
    }
    return new RobotsRules(rules, delay, sitemaps);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /**
   * Pattern match with '*' (any run) and a trailing '$' (end anchor). Without '$' a pattern is a
   * prefix, i.e. it implicitly ends in '*'. Greedy two-pointer glob matching: linear in practice
   * and never exponential, whatever a hostile robots.txt contains.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) != '*' && p.charAt(pi) == path.charAt(si)) {
        pi++;
        si++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Optional<Duration> crawlDelay = Optional.empty();

    boolean names(String token) {
      return agents.stream().anyMatch(a -> !a.equals("*") && token.startsWith(a));
    }

    void add(String key, String value) {
      switch (key) {
        case "allow" -> rules.add(new Rule(value, true));
        case "disallow" -> rules.add(new Rule(value, false));
        case "crawl-delay" -> crawlDelay = parseDelay(value);
        default -> {} // unknown directives (Host, Clean-param, ...) are ignored by design
      }
    }

    private static Optional<Duration> parseDelay(String value) {
      try {
        double seconds = Double.parseDouble(value);
        if (seconds < 0 || Double.isNaN(seconds)) {
          return Optional.empty();
        }
        Duration d = Duration.ofMillis((long) Math.min(seconds * 1000, MAX_CRAWL_DELAY.toMillis()));
        return Optional.of(d);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }
}
