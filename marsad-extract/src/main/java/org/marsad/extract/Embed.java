package org.marsad.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * An embedded post kept as an embed, not as stray body text.
 *
 * @param type the platform
 * @param url the post's canonical URL
 * @param author the post's author handle or name, when the markup gives it
 * @param text the post's text with emoji and other 4-byte characters intact ("" when none)
 */
public record Embed(Type type, String url, Optional<String> author, String text) {

  public Embed {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }

  /** Platforms Marsad recognises; the JSON contract uses {@link #id()}. */
  public enum Type {
    TWITTER("twitter"),
    FACEBOOK("facebook"),
    INSTAGRAM("instagram"),
    YOUTUBE("youtube"),
    TELEGRAM("telegram"),
    TIKTOK("tiktok"),
    OTHER("other");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
