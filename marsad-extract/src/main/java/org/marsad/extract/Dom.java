package org.marsad.extract;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Small DOM helpers shared by the extraction steps; all iterative so deep trees cannot overflow. */
final class Dom {

  private Dom() {}

  /**
   * Text, link-text and paragraph-text lengths of every element under a root, and each element's
   * pre-order span, computed in one pass: the per-element checks of the cleaning steps then cost
   * O(1) instead of a walk of the element's subtree or ancestors (deeply nested pages would make
   * those quadratic).
   */
  record Lengths(Map<Element, Integer> text, Map<Element, Integer> linkText,
      Map<Element, Integer> paragraphText, Map<Element, int[]> span) {
    int text(Element e) {
      return text.getOrDefault(e, 0);
    }

    int paragraphText(Element e) {
      return paragraphText.getOrDefault(e, 0);
    }

    double linkDensity(Element e) {
      int t = text(e);
      return t == 0 ? 0 : Math.min(1.0, linkText.getOrDefault(e, 0) / (double) t);
    }

    /** Last pre-order index inside {@code e}; elements added after the pass have none (-1). */
    int end(Element e) {
      int[] s = span.get(e);
      return s == null ? -1 : s[1];
    }

    int start(Element e) {
      int[] s = span.get(e);
      return s == null ? -1 : s[0];
    }
  }

  static Lengths lengths(Element root) {
    Map<Element, Integer> text = new IdentityHashMap<>();
    Map<Element, Integer> links = new IdentityHashMap<>();
    Map<Element, Integer> paragraphs = new IdentityHashMap<>();
    Map<Element, int[]> span = new IdentityHashMap<>();
    int[] counter = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              span.put(e, new int[] {counter[0]++, 0});
            } else if (node instanceof TextNode t) {
              int n = t.getWholeText().strip().length();
              if (n > 0 && node.parent() instanceof Element p) {
                text.merge(p, n, Integer::sum);
                if (p.nameIs("a")) {
                  links.merge(p, n, Integer::sum);
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              span.get(e)[1] = counter[0] - 1;
              if (e.nameIs("p")) {
                paragraphs.merge(e, text.getOrDefault(e, 0), Integer::sum);
              }
              if (e.parent() != null) {
                addTo(text, e, e.parent());
                addTo(links, e, e.parent());
                addTo(paragraphs, e, e.parent());
              }
            }
          }
        },
        root);
    return new Lengths(text, links, paragraphs, span);
  }

  private static void addTo(Map<Element, Integer> map, Element from, Element to) {
    int n = map.getOrDefault(from, 0);
    if (n > 0) {
      map.merge(to, n, Integer::sum);
    }
  }

  /**
   * Removes, in one pre-order pass, the candidates a test selects; descendants of a removed block
   * are skipped by their pre-order index (no ancestor walk). {@code candidates} must be in
   * document order, as jsoup's {@code select} returns them.
   */
  static void prune(List<Element> candidates, Lengths lengths, java.util.function.Predicate<Element> remove) {
    int skipUntil = -1;
    for (Element e : candidates) {
      int start = lengths.start(e);
      if (start < 0 || start <= skipUntil) {
        continue;
      }
      if (remove.test(e)) {
        skipUntil = Math.max(skipUntil, lengths.end(e));
        e.remove();
      }
    }
  }

  /** Length of the link text inside an element (for one-off checks on small blocks). */
  static int linkTextLength(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  /** Class and id of an element, lower-cased, for pattern checks. */
  static String classAndId(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /** Collapses runs of whitespace (including NBSP) to one space and trims. */
  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Folds the spelling variants Arabic pages use for the same label: diacritics and tatweel
   * dropped, alef forms to bare alef, alef maqsura to ya, ta marbuta to ha, Latin lower-cased.
   */
  static String foldArabic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
        continue;
      }
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
        case 'ى' -> b.append('ي');
        case 'ة' -> b.append('ه');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return squash(b.toString());
  }

  /** Resolves a possibly relative reference against a base URL; empty when unusable. */
  static Optional<String> absolute(String base, String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    String r = ref.strip().replace(" ", "%20");
    if (r.isEmpty() || r.startsWith("data:") || r.startsWith("javascript:") || r.startsWith("#")) {
      return Optional.empty();
    }
    try {
      URI resolved = r.startsWith("//") ? URI.create("https:" + r) : URI.create(base).resolve(r);
      String scheme = resolved.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return Optional.empty();
      }
      return Optional.of(resolved.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Host of a URL, lower-cased, "" when there is none. */
  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
