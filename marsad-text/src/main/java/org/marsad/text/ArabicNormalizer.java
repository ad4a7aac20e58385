package org.marsad.text;

import java.text.Normalizer;

/**
 * The one normaliser for matching (search, dedupe, tags, date words), never for display: stored
 * text keeps its original spelling. One pass, linear in the input, no shared mutable state, so one
 * instance serves every thread.
 *
 * <p>What it does, in order per code point: compatibility forms (Arabic presentation forms such as
 * ﻻ and ﷲ, Latin ligatures, full-width letters) are expanded with NFKC; diacritics, Quranic marks
 * and tatweel are dropped; alef variants (أ إ آ ٱ) become ا; ى → ي, ة → ه, ؤ → و, ئ → ي when the
 * options say so; Persian ی/ک (common in Arabic text typed on Persian keyboards) become ي/ك;
 * Arabic-Indic and Persian digits become ASCII; zero-width and bidi controls are removed (except a
 * ZWJ inside an emoji sequence, which would otherwise split 👨‍👩‍👧); every run of whitespace or
 * control characters becomes one space and the ends are trimmed; a lone surrogate becomes U+FFFD,
 * so the output is always well-formed UTF-16.
 */
public final class ArabicNormalizer {

  private static final ArabicNormalizer STANDARD =
      new ArabicNormalizer(NormalizerOptions.defaults());
  private static final int COMPAT_FIRST = 0xFB00;
  private static final int COMPAT_LAST = 0xFFEF;

  /** NFKC expansions of the compatibility block, computed once; null where NFKC is the identity. */
  private static final String[] COMPAT = buildCompatTable();

  private final NormalizerOptions options;

  private ArabicNormalizer(NormalizerOptions options) {
    this.options = options;
  }

  /** Every fold on ({@link NormalizerOptions#defaults()}). */
  public static ArabicNormalizer standard() {
    return STANDARD;
  }

  public static ArabicNormalizer withOptions(NormalizerOptions o) {
    return o.equals(NormalizerOptions.defaults()) ? STANDARD : new ArabicNormalizer(o);
  }

  public NormalizerOptions options() {
    return options;
  }

  public String normalize(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c >= COMPAT_FIRST && c <= COMPAT_LAST && COMPAT[c - COMPAT_FIRST] != null) {
        String expansion = COMPAT[c - COMPAT_FIRST];
        for (int k = 0; k < expansion.length(); k++) {
          appendFolded(out, expansion.charAt(k), s, i);
        }
      } else {
        appendFolded(out, c, s, i);
      }
      i++;
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  /** Appends the matching form of one UTF-16 unit (never half of a valid pair). */
  private void appendFolded(StringBuilder out, char c, CharSequence src, int at) {
    if (c < 0x80) {
      appendAscii(out, c);
      return;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      char f = foldArabic(c);
      if (f != 0) {
        out.append(f);
      }
      return;
    }
    if (isSpaceLike(c)) {
      appendSpace(out);
    } else if (isInvisible(c)) {
      if (c == '\u200D' && keepsJoiner(out, src, at)) {
        out.append(c);
      }
    } else if (Character.isSurrogate(c)) {
      out.append('\uFFFD');
    } else if (options.lowerCaseLatin() && c < 0x250) {
      out.append(Character.toLowerCase(c));
    } else {
      out.append(c);
    }
  }

  private void appendAscii(StringBuilder out, char c) {
    if (c <= ' ' || c == 0x7F) {
      appendSpace(out);
    } else if (options.lowerCaseLatin() && c >= 'A' && c <= 'Z') {
      out.append((char) (c + ('a' - 'A')));
    } else {
      out.append(c);
    }
  }

  private static void appendSpace(StringBuilder out) {
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) != ' ') {
      out.append(' ');
    }
  }

  /** The folded letter, or 0 to drop it. */
  private char foldArabic(char c) {
    switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673':
        return '\u0627';
      case '\u0649':
        return options.foldAlefMaqsura() ? '\u064A' : c;
      case '\u0629':
        return options.foldTehMarbuta() ? '\u0647' : c;
      case '\u0624':
        return options.foldHamzaCarriers() ? '\u0648' : c;
      case '\u0626':
        return options.foldHamzaCarriers() ? '\u064A' : c;
      case '\u06CC':
        return '\u064A';
      case '\u06A9':
        return '\u0643';
      case '\u06C0':
        return '\u0647';
      case '\u0640', '\u061C':
        return 0;
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return isArabicMark(c) ? 0 : c;
  }

  static boolean isArabicMark(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4')
        || c == '\u06E7'
        || c == '\u06E8'
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  private static boolean isSpaceLike(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= 0x80 && c <= 0x9F)
        || c == '\u0085';
  }

  /**
   * Zero-width characters, bidi controls, soft hyphen, BOM: invisible, so never part of a match.
   */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u206F')
        || c == '\u00AD'
        || c == '\uFEFF'
        || c == '\u180E';
  }

  /**
   * A ZWJ stays only between two pictographs (an emoji sequence), where removing it changes the
   * glyph.
   */
  private static boolean keepsJoiner(StringBuilder out, CharSequence src, int at) {
    int len = out.length();
    if (len == 0 || at + 1 >= src.length()) {
      return false;
    }
    int before = Character.codePointBefore(out, len);
    int after = Character.codePointAt(src, at + 1);
    return isPictograph(before) && isPictograph(after);
  }

  private static boolean isPictograph(int cp) {
    int type = Character.getType(cp);
    return cp > 0xFFFF || type == Character.OTHER_SYMBOL || cp == 0xFE0F;
  }

  private static String[] buildCompatTable() {
    String[] table = new String[COMPAT_LAST - COMPAT_FIRST + 1];
    for (int c = COMPAT_FIRST; c <= COMPAT_LAST; c++) {
      if (Character.isSurrogate((char) c) || c == 0xFEFF) {
        continue;
      }
      String one = String.valueOf((char) c);
      String nfkc = Normalizer.normalize(one, Normalizer.Form.NFKC);
      if (!nfkc.equals(one)) {
        table[c - COMPAT_FIRST] = nfkc;
      }
    }
    return table;
  }
}
