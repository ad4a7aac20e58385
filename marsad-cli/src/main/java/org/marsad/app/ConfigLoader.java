package org.marsad.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.marsad.crawl.CrawlSettings;
import org.marsad.enrich.StorySettings;

/**
 * Loads the configuration: defaults, then the file (Java properties, UTF-8), then {@code MARSAD_*}
 * environment variables. Every value is validated at start and every problem is reported at once;
 * an unknown key in the file or environment is a problem too (it is usually a typo).
 */
public final class ConfigLoader {

  /** Names the configuration file when {@code --config} is not given. */
  public static final String CONFIG_ENV = "MARSAD_CONFIG";

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private ConfigLoader() {
    for (ConfigKey k : ConfigKey.ALL) {
      values.put(k.name(), k.defaultValue());
      origins.put(k.name(), "default");
    }
  }

  public static MarsadConfig load(Optional<Path> file, Map<String, String> env) {
    ConfigLoader loader = new ConfigLoader();
    Optional<Path> path =
        file.or(
            () -> Optional.ofNullable(env.get(CONFIG_ENV)).filter(s -> !s.isBlank()).map(Path::of));
    path.ifPresent(loader::readFile);
    loader.readEnv(env);
    MarsadConfig config = loader.build();
    if (!loader.problems.isEmpty()) {
      throw new ConfigException(loader.problems);
    }
    return config;
  }

  private void readFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      problems.add("cannot read configuration file " + file + ": " + e.getMessage());
      return;
    }
    for (String name : p.stringPropertyNames()) {
      if (find(name).isEmpty()) {
        problems.add(file + ": unknown key '" + name + "'" + suggestion(name));
      } else {
        values.put(name, p.getProperty(name).strip());
        origins.put(name, file.toString());
      }
    }
  }

  private void readEnv(Map<String, String> env) {
    for (ConfigKey k : ConfigKey.ALL) {
      String v = env.get(k.envName());
      if (v != null) {
        values.put(k.name(), v.strip());
        origins.put(k.name(), "environment variable " + k.envName());
      }
    }
    env.keySet().stream()
        .filter(n -> n.startsWith("MARSAD_") && !n.equals(CONFIG_ENV))
        .filter(n -> ConfigKey.ALL.stream().noneMatch(k -> k.envName().equals(n)))
        .sorted()
        .forEach(n -> problems.add("unknown environment variable " + n));
  }

  private static Optional<ConfigKey> find(String name) {
    return ConfigKey.ALL.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** The known key closest to a misspelt one, when it is close enough to be the intended one. */
  private static String suggestion(String name) {
    return ConfigKey.ALL.stream()
        .min(java.util.Comparator.comparingInt(k -> editDistance(k.name(), name)))
        .filter(k -> editDistance(k.name(), name) <= Math.max(2, name.length() / 4))
        .map(k -> " (did you mean '" + k.name() + "'?)")
        .orElse("");
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private MarsadConfig build() {
    ConfigValues v = new ConfigValues(values, origins, problems);
    String host = v.text(ConfigKey.SERVER_HOST);
    int port = v.port(ConfigKey.SERVER_PORT);
    String base = v.text(ConfigKey.SERVER_BASE_URL);
    URI baseUrl = base.isEmpty() ? defaultBaseUrl(host, port) : v.url(ConfigKey.SERVER_BASE_URL);
    CrawlSettings crawl = crawlSettings(v);
    Duration window = v.duration(ConfigKey.STORY_WINDOW, Duration.ofHours(1), Duration.ofDays(30));
    StorySettings defaults = StorySettings.defaults();
    return new MarsadConfig(
        v.path(ConfigKey.DATA_DIR),
        host,
        port,
        baseUrl,
        v.text(ConfigKey.SITE_NAME),
        crawl,
        v.integer(ConfigKey.CRAWL_THREADS, 1, 256),
        v.integer(ConfigKey.CRAWL_MAX_ATTEMPTS, 1, 50),
        v.duration(ConfigKey.CRAWL_CYCLE, Duration.ofSeconds(5), Duration.ofDays(1)),
        new StorySettings(
            window,
            defaults.duplicateBits(),
            defaults.syndicationBits(),
            defaults.minSimilarity(),
            defaults.leadTerms()),
        v.port(ConfigKey.DEMO_NEWS_PORT));
  }

  private CrawlSettings crawlSettings(ConfigValues v) {
    Duration minPoll =
        v.duration(ConfigKey.CRAWL_MIN_POLL, Duration.ofMinutes(1), Duration.ofDays(7));
    Duration maxPoll =
        v.duration(ConfigKey.CRAWL_MAX_POLL, Duration.ofMinutes(1), Duration.ofDays(30));
    if (minPoll.compareTo(maxPoll) > 0) {
      problems.add(
          ConfigKey.CRAWL_MIN_POLL.name()
              + " ("
              + minPoll
              + ") must not exceed "
              + ConfigKey.CRAWL_MAX_POLL.name()
              + " ("
              + maxPoll
              + ")");
      maxPoll = minPoll;
    }
    List<String> allowed =
        Arrays.stream(v.text(ConfigKey.CRAWL_ALLOWED_ADDRESSES).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    try {
      return new CrawlSettings(
          v.text(ConfigKey.CRAWL_USER_AGENT),
          v.duration(
              ConfigKey.CRAWL_CONNECT_TIMEOUT, Duration.ofMillis(100), Duration.ofMinutes(5)),
          v.duration(ConfigKey.CRAWL_READ_TIMEOUT, Duration.ofMillis(100), Duration.ofMinutes(10)),
          v.duration(ConfigKey.CRAWL_TOTAL_TIMEOUT, Duration.ofSeconds(1), Duration.ofMinutes(30)),
          v.size(ConfigKey.CRAWL_MAX_BODY),
          v.integer(ConfigKey.CRAWL_MAX_REDIRECTS, 0, 20),
          v.duration(ConfigKey.CRAWL_PER_HOST_DELAY, Duration.ZERO, Duration.ofMinutes(10)),
          v.bool(ConfigKey.CRAWL_OBEY_ROBOTS),
          allowed,
          minPoll,
          maxPoll);
    } catch (IllegalArgumentException e) {
      problems.add("crawl settings: " + e.getMessage());
      return CrawlSettings.defaults();
    }
  }

  static URI defaultBaseUrl(String host, int port) {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port + "/");
  }
}
