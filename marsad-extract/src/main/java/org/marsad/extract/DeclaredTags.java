package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Tags the page declares: {@code article:tag}, the keywords meta and JSON-LD {@code keywords}. */
final class DeclaredTags {

  private DeclaredTags() {}

  static List<String> of(PageIndex page, Map<String, String> metas, JsonLd ld) {
    Set<String> out = new LinkedHashSet<>();
    for (Element m : page.select("meta", "meta[property=article:tag][content]")) {
      out.add(Dom.squash(m.attr("content")));
    }
    Metadata.meta(metas, "keywords").ifPresent(k -> out.addAll(splitList(k)));
    ld.article().map(a -> a.get("keywords")).ifPresent(k -> addKeywords(k, out));
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  private static void addKeywords(JsonNode k, Set<String> out) {
    if (k.isArray()) {
      k.forEach(x -> out.add(Dom.squash(x.asText())));
    } else {
      out.addAll(splitList(k.asText()));
    }
  }

  /** Splits a keyword list on Latin and Arabic commas. */
  static List<String> splitList(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("[,،;|]")) {
      String p = Dom.squash(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
