package org.marsad.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one mapping of {@link ExtractedArticle} to the {@code marsad extract} JSON contract; other
 * tools rely on these names, so they live here and nowhere else. Absent scalars are null, absent
 * lists empty, dates ISO-8601 with offset ("Z" for UTC).
 */
public final class ArticleJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ArticleJson() {}

  public static ObjectNode toJson(ExtractedArticle a) {
    ObjectNode o = F.objectNode();
    o.put("url", a.url());
    o.put("canonical_url", a.canonicalUrl().orElse(null));
    o.put("title", a.title().isEmpty() ? null : a.title());
    o.put("published", a.published().map(ArticleJson::date).orElse(null));
    o.put("modified", a.modified().map(ArticleJson::date).orElse(null));
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    o.put("site_name", a.siteName().orElse(null));
    o.put("lang", a.lang().orElse(null));
    o.put("description", a.description().orElse(null));
    o.put("text", a.text());
    o.put("html", a.html());
    ArrayNode images = o.putArray("images");
    a.images()
        .forEach(
            i -> images.addObject().put("url", i.url()).put("caption", i.caption().orElse(null)));
    ArrayNode embeds = o.putArray("embeds");
    a.embeds()
        .forEach(
            e ->
                embeds
                    .addObject()
                    .put("type", e.type().id())
                    .put("url", e.url())
                    .put("author", e.author().orElse(null))
                    .put("text", e.text()));
    ArrayNode tags = o.putArray("tags");
    a.tags().forEach(tags::add);
    ArrayNode related = o.putArray("related");
    a.related().forEach(r -> related.addObject().put("url", r.url()).put("title", r.title()));
    o.put("source_credit", a.sourceCredit().orElse(null));
    return o;
  }

  /** ISO-8601 with offset; {@code Z} for UTC. */
  public static String date(OffsetDateTime d) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d);
  }

  /** The contract's JSON for a page that is not an article or could not be read. */
  public static ObjectNode outcome(ExtractResult result) {
    ObjectNode o = F.objectNode();
    if (result instanceof ExtractResult.Extracted x) {
      return toJson(x.article());
    }
    if (result instanceof ExtractResult.NotAnArticle n) {
      o.put("outcome", "not_article")
          .put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT))
          .put("reason", n.reason())
          .put("title", n.title().orElse(null))
          .put("published", n.published().map(ArticleJson::date).orElse(null));
    } else if (result instanceof ExtractResult.Failed f) {
      o.put("outcome", "error").put("reason", f.reason());
    }
    return o;
  }
}
