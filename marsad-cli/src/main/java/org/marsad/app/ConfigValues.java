package org.marsad.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of raw configuration values. A bad value adds a problem naming the key, where the
 * value came from, what was expected and an example, and yields the default so that loading goes on
 * and reports every problem at once.
 */
final class ConfigValues {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?");

  private final Map<String, String> values;
  private final Map<String, String> origins;
  private final List<String> problems;

  ConfigValues(Map<String, String> values, Map<String, String> origins, List<String> problems) {
    this.values = values;
    this.origins = origins;
    this.problems = problems;
  }

  String text(ConfigKey k) {
    return values.get(k.name());
  }

  private <T> T bad(
      ConfigKey k, String expected, java.util.function.Function<String, T> parseDefault) {
    problems.add(
        k.name()
            + " = '"
            + text(k)
            + "' (from "
            + origins.get(k.name())
            + "): expected "
            + expected);
    return parseDefault.apply(k.defaultValue());
  }

  int integer(ConfigKey k, int min, int max) {
    try {
      int v = Integer.parseInt(text(k));
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return bad(k, "an integer from " + min + " to " + max, Integer::parseInt);
  }

  int port(ConfigKey k) {
    try {
      int v = Integer.parseInt(text(k));
      if (v >= 0 && v <= 65535) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return bad(k, "a port number from 0 to 65535, e.g. 8080", Integer::parseInt);
  }

  boolean bool(ConfigKey k) {
    String v = text(k).toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    return bad(k, "true or false", Boolean::parseBoolean);
  }

  Duration duration(ConfigKey k, Duration min, Duration max) {
    Duration d = parseDuration(text(k));
    if (d != null && d.compareTo(min) >= 0 && d.compareTo(max) <= 0) {
      return d;
    }
    return bad(
        k,
        "a duration from " + min + " to " + max + " such as 500ms, 10s, 5m, 72h, 1d",
        ConfigValues::parseDuration);
  }

  static Duration parseDuration(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(s.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  long size(ConfigKey k) {
    Matcher m = SIZE.matcher(text(k).strip().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "b" : m.group(2);
      long factor =
          switch (unit) {
            case "kb" -> 1000L;
            case "kib" -> 1024L;
            case "mb" -> 1000_000L;
            case "mib" -> 1024L * 1024;
            case "gb" -> 1000_000_000L;
            case "gib" -> 1024L * 1024 * 1024;
            default -> 1L;
          };
      if (n > 0 && n <= (1L << 40) / factor) {
        return n * factor;
      }
    }
    return bad(k, "a positive size such as 10MiB, 512KiB or 1000000", s -> 10L * 1024 * 1024);
  }

  URI url(ConfigKey k) {
    try {
      URI u = new URI(text(k));
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return bad(
        k,
        "an absolute http(s) URL such as https://news.example.org/",
        s -> URI.create("http://127.0.0.1:8080/"));
  }

  Path path(ConfigKey k) {
    try {
      if (!text(k).isBlank()) {
        return Path.of(text(k));
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    return bad(k, "a directory path", Path::of);
  }
}
