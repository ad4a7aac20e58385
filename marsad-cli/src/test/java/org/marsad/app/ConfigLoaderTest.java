package org.marsad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void defaultsAreValid() {
    MarsadConfig c = ConfigLoader.load(Optional.empty(), Map.of());
    assertEquals(8080, c.serverPort());
    assertEquals(Duration.ofSeconds(1), c.crawl().perHostDelay());
    assertEquals(10L * 1024 * 1024, c.crawl().maxBodyBytes());
    assertEquals("http://127.0.0.1:8080/", c.baseUrl().toString());
    assertEquals("مرصد", c.siteName());
  }

  @Test
  void environmentOverridesFileWhichOverridesDefaults() throws IOException {
    Path file = dir.resolve("marsad.properties");
    Files.writeString(
        file,
        "server.port=9000\ncrawl.per-host-delay=250ms\nsite.name=بوابة الأخبار\n",
        StandardCharsets.UTF_8);
    MarsadConfig c =
        ConfigLoader.load(
            Optional.of(file),
            Map.of("MARSAD_SERVER_PORT", "9100", "MARSAD_CRAWL_MAX_BODY", "2MiB"));
    assertEquals(9100, c.serverPort());
    assertEquals(Duration.ofMillis(250), c.crawl().perHostDelay());
    assertEquals(2L * 1024 * 1024, c.crawl().maxBodyBytes());
    assertEquals("بوابة الأخبار", c.siteName());
  }

  @Test
  void configFileFromEnvironmentVariable() throws IOException {
    Path file = dir.resolve("m.properties");
    Files.writeString(file, "crawl.threads=3\n", StandardCharsets.UTF_8);
    assertEquals(
        3,
        ConfigLoader.load(Optional.empty(), Map.of("MARSAD_CONFIG", file.toString()))
            .crawlThreads());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsOrigin() throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(
        file,
        "server.port=99999\ncrawl.per-host-dely=1s\ncrawl.obey-robots=yes\n",
        StandardCharsets.UTF_8);
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Optional.of(file),
                    Map.of("MARSAD_CRAWL_THREADS", "many", "MARSAD_BOGUS", "1")));
    String all = String.join("\n", e.problems());
    assertEquals(5, e.problems().size(), all);
    assertTrue(
        all.contains("server.port = '99999' (from " + file + "): expected a port number"), all);
    assertTrue(
        all.contains("unknown key 'crawl.per-host-dely' (did you mean 'crawl.per-host-delay'?)"),
        all);
    assertTrue(all.contains("crawl.obey-robots = 'yes'"), all);
    assertTrue(
        all.contains("crawl.threads = 'many' (from environment variable MARSAD_CRAWL_THREADS)"),
        all);
    assertTrue(all.contains("unknown environment variable MARSAD_BOGUS"), all);
  }

  @Test
  void inconsistentPollIntervalsAreRejected() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Optional.empty(),
                    Map.of(
                        "MARSAD_CRAWL_MIN_POLL_INTERVAL",
                        "2h",
                        "MARSAD_CRAWL_MAX_POLL_INTERVAL",
                        "1h")));
    assertTrue(e.getMessage().contains("must not exceed"), e.getMessage());
  }

  @Test
  void missingFileIsAClearProblem() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Optional.of(dir.resolve("nope.properties")), Map.of()));
    assertTrue(e.getMessage().contains("cannot read configuration file"), e.getMessage());
  }

  @Test
  void docsListEveryKeyWithItsDefaultAndVariable() throws IOException {
    Path docs = Path.of("..", "docs", "configuration.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    for (ConfigKey k : ConfigKey.ALL) {
      String def = k.defaultValue().isEmpty() ? "(empty)" : "`" + k.defaultValue() + "`";
      String row =
          "| `" + k.name() + "` | `" + k.envName() + "` | " + k.type() + " | " + def + " |";
      assertTrue(text.contains(row), "docs/configuration.md lacks the row: " + row);
    }
  }
}
