package org.marsad.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Per-outlet corrections, as data, for sites where the generic cascade picks the wrong block. One
 * rule a line: {@code host-suffix | content selector | selectors to drop, comma separated}; blank
 * lines and lines starting with {@code #} are ignored. The most specific host suffix wins.
 */
public final class SiteRules {

  /**
   * One outlet's rule.
   *
   * @param hostSuffix matches the page host and its subdomains ("example.ma" matches
   *     "www.example.ma")
   * @param contentSelector CSS selector of the article body
   * @param removeSelectors CSS selectors of blocks to drop inside the page before extraction
   */
  public record Rule(String hostSuffix, String contentSelector, List<String> removeSelectors) {
    public Rule {
      Objects.requireNonNull(hostSuffix, "hostSuffix");
      Objects.requireNonNull(contentSelector, "contentSelector");
      removeSelectors = List.copyOf(removeSelectors);
    }

    boolean matches(String host) {
      return host.equals(hostSuffix) || host.endsWith("." + hostSuffix);
    }
  }

  private static final String BUNDLED = "/org/marsad/extract/site-rules.txt";

  private final List<Rule> rules;

  private SiteRules(List<Rule> rules) {
    this.rules =
        rules.stream()
            .sorted(Comparator.comparingInt((Rule r) -> -r.hostSuffix().length()))
            .toList();
  }

  public static SiteRules empty() {
    return new SiteRules(List.of());
  }

  public static SiteRules of(List<Rule> rules) {
    return new SiteRules(rules);
  }

  /** The rules shipped with Marsad. */
  public static SiteRules bundled() {
    try (InputStream in = SiteRules.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + BUNDLED);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the rule format; every selector is checked here so a bad rule fails at load time.
   *
   * @throws IllegalArgumentException naming the line of the first malformed rule
   */
  public static SiteRules parse(String text) {
    List<Rule> out = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(parseLine(line, i + 1));
      }
    }
    return new SiteRules(out);
  }

  private static Rule parseLine(String line, int number) {
    String[] parts = line.split("\\|", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          "site rule line " + number + ": expected 'host | content selector [| drop selectors]'");
    }
    List<String> remove = new ArrayList<>();
    if (parts.length == 3 && !parts[2].isBlank()) {
      for (String s : parts[2].split(",")) {
        remove.add(checked(s.strip(), number));
      }
    }
    String host = parts[0].strip().toLowerCase(Locale.ROOT);
    return new Rule(host, checked(parts[1].strip(), number), remove);
  }

  private static String checked(String selector, int number) {
    try {
      QueryParser.parse(selector);
      return selector;
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(
          "site rule line " + number + ": bad selector '" + selector + "'", e);
    }
  }

  /** The rule for a page URL, when one applies. */
  public Optional<Rule> find(String url) {
    String host = Dom.host(url);
    return rules.stream().filter(r -> r.matches(host)).findFirst();
  }

  public List<Rule> rules() {
    return rules;
  }
}
