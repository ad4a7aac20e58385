package org.marsad.enrich;

import java.util.Objects;

/**
 * A tag attached to an article.
 *
 * @param slug identity of the tag: the normalised name with spaces as hyphens, so that spelling
 *     variants (همزة, ة/ه, diacritics) of one name share one tag page
 * @param name display name in its original spelling (the first spelling seen wins in the store)
 * @param kind what the tag names
 */
public record Tag(String slug, String name, Kind kind) {

  public Tag {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** What a tag names; {@link #id()} is what the store and API use. */
  public enum Kind {
    KEYWORD("keyword"),
    PERSON("person"),
    PLACE("place"),
    ORGANISATION("organisation");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }
}
