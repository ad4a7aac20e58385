package org.marsad.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Inline SVG as the script skipper reads it from a page's bytes: where an {@code <svg>} ends, and
 * whether what it holds is only shapes (icons and logos drawn with paths), which the parse may
 * skip. Those are about a twentieth of the bytes of news pages (long {@code d} attributes), carry
 * no text, and the cleaning removes every SVG anyway.
 */
final class InlineSvg {

  /**
   * The SVG elements that draw or group shapes, and hold neither text nor links: none is an HTML
   * tag that would end the SVG early ({@code <p>}, {@code <b>}, {@code <img>}...). Filter
   * primitives ({@code fe...}) are shapes too.
   */
  static final List<String> SHAPES =
      List.of(
          "path",
          "g",
          "circle",
          "rect",
          "line",
          "polyline",
          "polygon",
          "ellipse",
          "defs",
          "use",
          "symbol",
          "lineargradient",
          "radialgradient",
          "stop",
          "clippath",
          "mask",
          "filter",
          "pattern");

  private InlineSvg() {}

  /**
   * Where the {@code <svg>} whose name ends at {@code from} is closed, nested ones counted; the
   * page's end if it is not. One pass over the SVG, which the scan then reads no more.
   */
  static int end(PageBytes b, int from) {
    int depth = 1;
    for (int i = b.indexOfLtThen(from, b.n, '/', 's', 's');
        i >= 0;
        i = b.indexOfLtThen(i + 1, b.n, '/', 's', 's')) {
      if (b.isTag(i + 1, "svg")) {
        depth++;
      } else if (b.isTag(i + 1, "/svg") && --depth == 0) {
        return i;
      }
    }
    return b.n;
  }

  /**
   * Whether [from, to) is only shape tags ({@link #SHAPES}), each ended where jsoup ends it and
   * holding no '<', nested and closed in order, with nothing but whitespace between them: read in
   * foreign content, such markup only adds shapes to the SVG, and its end tag closes them all.
   */
  static boolean onlyShapes(PageBytes b, TagReader tags, int from, int to) {
    int[] open = new int[16]; // name starts of the open tags, their names ending at a name's end
    int depth = 0;
    int i = from;
    while (i < to) {
      if (PageBytes.isSpace(b.a[i])) {
        i++;
        continue;
      }
      boolean close = i + 1 < to && b.a[i + 1] == '/';
      int name = close ? i + 2 : i + 1;
      int nameEnd = b.tagNameEnd(name);
      int end = nameEnd < to ? tags.end(nameEnd, to) : TagReader.STOP; // SVGs read once each
      if (b.a[i] != '<'
          || !isShape(b, name, nameEnd)
          || end == TagReader.STOP
          || b.indexOf('<', nameEnd, end) >= 0
          || close && (depth == 0 || !sameName(b, open[--depth], name))) {
        return false;
      }
      if (!close && b.a[end - 2] != '/') {
        open = depth == open.length ? Arrays.copyOf(open, depth * 2) : open;
        open[depth++] = name;
      }
      i = end;
    }
    return depth == 0;
  }

  private static boolean isShape(PageBytes b, int from, int to) {
    int length = to - from;
    if (length > 2 && (b.a[from] | 0x20) == 'f' && (b.a[from + 1] | 0x20) == 'e') {
      for (int i = from + 2; i < to; i++) {
        if (!PageBytes.isAsciiAlpha(b.a[i])) {
          return false;
        }
      }
      return true;
    }
    for (String shape : SHAPES) {
      if (shape.length() == length && b.startsWithIgnoreCase(from, shape)) {
        return true;
      }
    }
    return false;
  }

  /** The tag names starting at {@code x} and {@code y} are the same, ignoring ASCII case. */
  private static boolean sameName(PageBytes b, int x, int y) {
    int xEnd = b.tagNameEnd(x);
    if (xEnd - x != b.tagNameEnd(y) - y) {
      return false;
    }
    for (int k = 0; k < xEnd - x; k++) {
      if ((b.a[x + k] | 0x20) != (b.a[y + k] | 0x20)) {
        return false;
      }
    }
    return true;
  }
}
