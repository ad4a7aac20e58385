package org.marsad.enrich;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Tags an article: the outlet's own tags and feed categories as keywords, plus the places,
 * organisations and people of the gazetteer that the title or lead names. A page tag that names a
 * gazetteer entity takes the entity's kind, so "المغرب" is one place tag whoever wrote it.
 */
final class Tagger {

  private static final int MAX_ENTITY_TAGS = 8;
  private static final int LEAD_TERMS = 400;
  private static final int MAX_TAG_LENGTH = 80;

  private final Gazetteer gazetteer;
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  Tagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Tag> tag(List<String> declared, List<String> titleTerms, List<String> bodyTerms) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (String name : declared) {
      String clean = name.strip();
      if (clean.isEmpty() || clean.length() > MAX_TAG_LENGTH) {
        continue;
      }
      Map<String, Tag.Kind> entity = gazetteer.find(Terms.of(clean));
      Tag tag =
          entity.size() == 1 && entity.keySet().iterator().next().length() >= clean.length() - 2
              ? toTag(entity.keySet().iterator().next(), entity.values().iterator().next())
              : toTag(clean, Tag.Kind.KEYWORD);
      tags.putIfAbsent(tag.slug(), tag);
    }
    addEntities(tags, titleTerms, bodyTerms);
    return List.copyOf(tags.values());
  }

  private void addEntities(Map<String, Tag> tags, List<String> titleTerms, List<String> bodyTerms) {
    Map<String, Tag.Kind> found = new LinkedHashMap<>(gazetteer.find(titleTerms));
    gazetteer
        .find(bodyTerms.subList(0, Math.min(LEAD_TERMS, bodyTerms.size())))
        .forEach(found::putIfAbsent);
    found.entrySet().stream()
        .limit(MAX_ENTITY_TAGS)
        .map(e -> toTag(e.getKey(), e.getValue()))
        .forEach(t -> tags.putIfAbsent(t.slug(), t));
  }

  Tag toTag(String name, Tag.Kind kind) {
    return new Tag(slug(name), name, kind);
  }

  /** Normalised name, lower-case, runs of anything but letters and digits as one hyphen. */
  String slug(String name) {
    String n = normalizer.normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(n.length());
    boolean hyphen = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
        hyphen = false;
      } else if (!hyphen && sb.length() > 0) {
        sb.append('-');
        hyphen = true;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "tag" : sb.substring(0, end);
  }
}
