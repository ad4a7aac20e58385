package org.marsad.web;

import java.util.Locale;
import java.util.regex.Pattern;

/** Parsing and bounds of request parameters; every failure is a {@link BadParameter}. */
final class Params {

  static final int MAX_LIMIT = 200;
  static final int MAX_OFFSET = 100_000;
  static final int MAX_QUERY_CHARS = 200;
  static final int MAX_KEY_CHARS = 200;
  static final int MAX_PAGE = MAX_OFFSET / 20;

  private static final Pattern ASCII_ID = Pattern.compile("[0-9]{1,18}");

  private Params() {}

  /** An optional non-negative integer within {@code [min, max]}, {@code fallback} when absent. */
  static int intParam(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadParameter(
          String.format(
              Locale.ROOT, "parameter '%s' must be an integer, got '%s'", name, clip(raw)));
    }
    if (value < min || value > max) {
      throw new BadParameter(
          String.format(
              Locale.ROOT,
              "parameter '%s' must be between %d and %d, got %d",
              name,
              min,
              max,
              value));
    }
    return value;
  }

  static int limit(String raw, int fallback) {
    return intParam("limit", raw, fallback, 1, MAX_LIMIT);
  }

  static int offset(String raw) {
    return intParam("offset", raw, 0, 0, MAX_OFFSET);
  }

  static int page(String raw) {
    return intParam("page", raw, 1, 1, MAX_PAGE);
  }

  /** An article id: a positive number in ASCII digits (parseLong alone would take ١٢ too). */
  static long id(String raw) {
    String digits = raw == null ? "" : raw.strip();
    if (ASCII_ID.matcher(digits).matches()) {
      long id = Long.parseLong(digits);
      if (id > 0) {
        return id;
      }
    }
    throw new BadParameter(
        String.format(
            Locale.ROOT,
            "article id must be a positive integer, got '%s'",
            clip(String.valueOf(raw))));
  }

  /** A source key or tag slug as it appears in the path. */
  static String key(String name, String raw) {
    String key = raw == null ? "" : raw.strip();
    if (key.isEmpty() || key.length() > MAX_KEY_CHARS) {
      throw new BadParameter(
          String.format(Locale.ROOT, "%s must be 1 to %d characters", name, MAX_KEY_CHARS));
    }
    return key;
  }

  /** The search text; blank means "no search yet", which callers decide how to treat. */
  static String query(String raw) {
    String query = raw == null ? "" : raw.strip();
    if (query.length() > MAX_QUERY_CHARS) {
      throw new BadParameter(
          String.format(
              Locale.ROOT, "parameter 'q' must be at most %d characters", MAX_QUERY_CHARS));
    }
    return query;
  }

  private static String clip(String raw) {
    // Cut on a code point boundary so an emoji in bad input does not become a lone surrogate.
    return raw.codePointCount(0, raw.length()) <= 40
        ? raw
        : raw.substring(0, raw.offsetByCodePoints(0, 40)) + "…";
  }
}
