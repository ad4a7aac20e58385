package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org objects a page declares in {@code application/ld+json} scripts. */
final class JsonLd {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "liveblogposting",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "scholarlyarticle",
          "techarticle",
          "report");

  /** Fields whose value is itself a declared object (or a list of them). */
  private static final List<String> NESTED = List.of("@graph", "mainEntity");

  // Lenient because CMS plugins emit trailing commas, comments and raw newlines in strings.
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
  }

  private final List<JsonNode> objects;
  private final Set<String> types;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
    this.types = new HashSet<>();
    for (JsonNode o : objects) {
      types.addAll(typesOf(o));
    }
  }

  static JsonLd of(Document doc) {
    return of(PageIndex.of(doc));
  }

  static JsonLd of(PageIndex page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script", "script[type~=(?i)application/ld\\+json]")) {
      try {
        flatten(MAPPER.readTree(script.data().strip()), objects);
      } catch (JsonProcessingException | RuntimeException e) {
        // A broken JSON-LD block is common and only costs us that block's metadata.
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty() && out.size() < 200) {
      JsonNode n = todo.pop();
      if (n == null) {
        continue;
      }
      if (n.isArray()) {
        n.forEach(todo::addLast);
      } else if (n.isObject()) {
        out.add(n);
        // A WebPage often declares its article as "mainEntity" rather than beside it in @graph.
        for (String nested : NESTED) {
          JsonNode inner = n.get(nested);
          if (inner != null && inner.isContainerNode()) {
            todo.addLast(inner);
          }
        }
      }
    }
  }

  static Set<String> typesOf(JsonNode o) {
    Set<String> out = new HashSet<>();
    JsonNode t = o.get("@type");
    if (t != null && t.isArray()) {
      t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
    } else if (t != null) {
      out.add(t.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** True when any declared object has the (case-insensitive) schema.org type. */
  boolean declares(String type) {
    return types.contains(type.toLowerCase(Locale.ROOT));
  }

  boolean declaresArticle() {
    return types.stream().anyMatch(ARTICLE_TYPES::contains);
  }

  /** The article object, when the page declares one. */
  Optional<JsonNode> article() {
    return objects.stream()
        .filter(o -> typesOf(o).stream().anyMatch(ARTICLE_TYPES::contains))
        .findFirst();
  }

  /** The first object of a type. */
  Optional<JsonNode> first(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return objects.stream().filter(o -> typesOf(o).contains(t)).findFirst();
  }

  /** A string field of the article object. */
  Optional<String> articleString(String field) {
    return article().flatMap(a -> string(a.get(field)));
  }

  /**
   * A string field of any declared object, the article's first: Yoast and other SEO plugins put the
   * publish date of pages that are not articles on their {@code WebPage} object.
   */
  Optional<String> anyString(String field) {
    Optional<String> own = articleString(field);
    if (own.isPresent()) {
      return own;
    }
    for (JsonNode o : objects) {
      Optional<String> s = string(o.get(field));
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** A scalar, or the "name"/"url" of an object, or the first element of an array. */
  static Optional<String> string(JsonNode n) {
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (n.isArray()) {
      return n.isEmpty() ? Optional.empty() : string(n.get(0));
    }
    if (n.isObject()) {
      JsonNode inner = n.has("name") ? n.get("name") : n.has("url") ? n.get("url") : n.get("@id");
      return inner == null || inner.isContainerNode() ? Optional.empty() : string(inner);
    }
    String s = Dom.squash(n.asText());
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * The people a field names: a string, a Person with a name or given and family names, or a
   * reference ({@code {"@id": ".../#/schema/person/..."}}, as Yoast writes it) to a Person declared
   * elsewhere on the page; an array of any of these.
   */
  List<String> people(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> person(x).ifPresent(out::add));
    } else {
      person(n).ifPresent(out::add);
    }
    return out;
  }

  private Optional<String> person(JsonNode n) {
    if (n == null || !n.isObject()) {
      return string(n);
    }
    if (n.has("name")) {
      return string(n.get("name"));
    }
    String given = n.path("givenName").asText("");
    String family = n.path("familyName").asText("");
    if (!given.isBlank() || !family.isBlank()) {
      return Optional.of(Dom.squash(given + " " + family));
    }
    String id = n.path("@id").asText("");
    return id.isEmpty()
        ? Optional.empty()
        : objects.stream()
            .filter(o -> o != n && id.equals(o.path("@id").asText()) && o.has("name"))
            .findFirst()
            .flatMap(o -> string(o.get("name")));
  }
}
