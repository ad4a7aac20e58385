package org.marsad.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labels that introduce furniture blocks, already folded with {@link ArabicFold#foldArabic} (so
 * "إقرأ أيضاً" and "اقرأ ايضا" are one entry). A table, hence the length.
 */
final class FurnitureLabels {

  enum Kind {
    RELATED,
    TAGS,
    SOURCE,
    /** A picture credit: removed like a source line, but it is not the story's source. */
    PICTURE_CREDIT,
    SHARE
  }

  record Match(Kind kind, String label) {}

  private record Label(Kind kind, String text, int maxNodeLength, boolean needsColon) {}

  private static final List<Label> LABELS =
      List.of(
          related("اقرا ايضا"),
          related("اقرا كذلك"),
          related("اقرا المزيد"),
          related("اقرا"),
          related("مواضيع ذات صله"),
          related("اخبار ذات صله"),
          related("مقالات ذات صله"),
          related("ذات صله"),
          related("قد يهمك ايضا"),
          related("قد يهمك"),
          related("اخترنا لك"),
          related("شاهد ايضا"),
          related("طالع ايضا"),
          related("المزيد من الاخبار"),
          related("اخبار متعلقه"),
          related("read also"),
          related("related articles"),
          related("related"),
          related("read more"),
          related("lire aussi"),
          related("à lire aussi"),
          related("a lire aussi"),
          related("voir aussi"),
          related("قد يعجبك ايضا"),
          related("قد يعجبك"),
          related("you may also like"),
          related("you might also like"),
          related("also read"),
          related("read next"),
          related("more stories"),
          related("related stories"),
          related("recommended"),
          related("don't miss"),
          related("more from"),
          related("sur le même sujet"),
          related("sur le meme sujet"),
          // Other languages of the benchmark sets: the same "read also" blocks after a story.
          // One-word "read:" teasers inside the body; the colon tells them from a name or a verb.
          new Label(Kind.RELATED, "lea", 30, true),
          new Label(Kind.RELATED, "mira", 30, true),
          new Label(Kind.RELATED, "lesen sie hier", 30, true),
          related("lea también"),
          related("lea tambien"),
          related("lea más"),
          related("lea mas"),
          related("mirá también"),
          related("mira también"),
          related("vea también"),
          related("te puede interesar"),
          related("le puede interesar"),
          related("puedes ver"),
          related("leia também"),
          related("leia tambem"),
          related("veja também"),
          related("leggi anche"),
          related("lesen sie auch"),
          related("mehr zum thema"),
          related("auch interessant"),
          related("schon gelesen"),
          related("auch lesen"),
          related("zum weiterlesen"),
          related("ähnliche artikel"),
          related("ähnliche artikel lesen"),
          related("lesen sie auch die folgenden beiträge"),
          related("dowiedz się więcej"),
          related("weitere informationen"),
          related("keep reading"),
          related("weitere videos"),
          related("audios et vidéos sur le sujet"),
          related("weitere topthemen des monats"),
          related("meistgelesen"),
          related("meistgelesene artikel"),
          related("most read"),
          related("most popular"),
          related("ähnliche beiträge"),
          related("verwandte beiträge"),
          related("weitere beiträge"),
          related("ähnliche themen"),
          related("verwandte artikel"),
          related("verwandte themen"),
          related("das thema könnte dich auch interessieren"),
          related("das könnte dich auch interessieren"),
          related("das könnte sie auch interessieren"),
          related("zobacz także"),
          related("zobacz też"),
          related("czytaj także"),
          related("czytaj też"),
          tags("كلمات دلاليه"),
          tags("الكلمات الدلاليه"),
          tags("الوسوم"),
          tags("وسوم"),
          tags("الكلمات المفتاحيه"),
          tags("كلمات مفتاحيه"),
          tags("الاوسمه"),
          tags("tags"),
          tags("keywords"),
          tags("mots-clés"),
          tags("mots-cles"),
          tags("mots clés"),
          new Label(Kind.SOURCE, "المصدر", 150, true),
          new Label(Kind.SOURCE, "المصادر", 150, true),
          new Label(Kind.SOURCE, "source", 150, true),
          new Label(Kind.SOURCE, "quelle", 150, true),
          new Label(Kind.SOURCE, "quellen", 150, true),
          new Label(Kind.SOURCE, "quellenangaben", 150, true),
          new Label(Kind.PICTURE_CREDIT, "titelbild", 150, true),
          new Label(Kind.PICTURE_CREDIT, "beitragsbild", 150, true),
          new Label(Kind.PICTURE_CREDIT, "bildnachweis", 150, true),
          new Label(Kind.PICTURE_CREDIT, "bildquelle", 150, true),
          new Label(Kind.PICTURE_CREDIT, "crédits photos", 150, true),
          new Label(Kind.PICTURE_CREDIT, "credits photos", 150, true),
          new Label(Kind.SOURCE, "fuente", 150, true),
          new Label(Kind.SOURCE, "fonte", 150, true),
          new Label(Kind.SOURCE, "źródło", 150, true),
          share("شارك الخبر"),
          share("شارك المقال"),
          share("شارك هذا"),
          share("شارك"),
          share("شاركوا"),
          share("مشاركه"),
          share("تابعونا"),
          share("تابعنا"),
          share("اشترك في النشره"),
          share("اشترك"),
          share("النشره البريديه"),
          share("القائمه البريديه"),
          share("share"),
          share("follow us"),
          share("copy this link"),
          share("copy link"),
          share("subscribe"),
          share("newsletter"),
          share("partager"),
          share("partagez"),
          share("suivez-nous"),
          share("suivez nous"));

  private static final Set<String> SHARE_FILLER =
      Set.of(
          "علي",
          "عبر",
          "في",
          "هذا",
          "هذه",
          "الخبر",
          "المقال",
          "الموضوع",
          "القصه",
          "مع",
          "اصدقائك",
          "وسائل",
          "التواصل",
          "الاجتماعي",
          "مواقع",
          "الشبكات",
          "الاجتماعيه",
          "صفحاتنا",
          "حساباتنا",
          "قناتنا",
          "منصاتنا",
          "الان",
          "النشره",
          "البريديه",
          "فيسبوك",
          "تويتر",
          "اكس",
          "واتساب",
          "تلغرام",
          "تيليجرام",
          "انستغرام",
          "يوتيوب",
          "on",
          "this",
          "us",
          "via",
          "article",
          "story",
          "to",
          "our",
          "sur",
          "cet",
          "facebook",
          "twitter",
          "x",
          "whatsapp",
          "telegram",
          "instagram",
          "youtube",
          "with",
          "by",
          "email",
          "e-mail",
          "messenger",
          "pinterest",
          "linkedin",
          "reddit");

  /** No label matches a longer text node. */
  static final int MAX_NODE_LENGTH = LABELS.stream().mapToInt(Label::maxNodeLength).max().orElse(0);

  /**
   * The labels by their first character, in table order: nearly every text node of a page is
   * offered to {@link #match}, and most start with a letter no label starts with.
   */
  private static final Map<Character, List<Label>> BY_FIRST =
      LABELS.stream().collect(Collectors.groupingBy(l -> l.text().charAt(0)));

  /** The keys of {@link #BY_FIRST}, looked up without boxing (most are Arabic letters). */
  private static final BitSet FIRSTS = new BitSet();

  /** {@link #BY_FIRST} as an array by character: a text's test looks it up without boxing. */
  @SuppressWarnings("unchecked")
  private static final List<Label>[] BY_FIRST_CHAR =
      new List[BY_FIRST.keySet().stream().mapToInt(c -> c).max().orElse(0) + 1];

  static {
    BY_FIRST.forEach((c, labels) -> BY_FIRST_CHAR[c] = labels);
    BY_FIRST.keySet().forEach(c -> FIRSTS.set(c));
    if (BY_FIRST.values().stream().anyMatch(l -> l.size() > 64)) {
      throw new IllegalStateException("more than 64 labels share a first letter");
    }
  }

  private FurnitureLabels() {}

  private static Label related(String s) {
    return new Label(Kind.RELATED, s, Math.max(30, s.length() + 4), false);
  }

  private static Label tags(String s) {
    return new Label(Kind.TAGS, s, 300, false);
  }

  private static Label share(String s) {
    return new Label(Kind.SHARE, s, 40, false);
  }

  /** The longest label a folded text node starts with, when it is short enough to be one. */
  static Optional<Match> match(String folded) {
    if (folded.isEmpty() || !mayStart(folded.charAt(0))) {
      return Optional.empty();
    }
    Label best = null;
    for (Label l : BY_FIRST.get(folded.charAt(0))) {
      if (folded.length() <= l.maxNodeLength()
          && startsWithWord(folded, l)
          && (best == null || l.text().length() > best.text().length())) {
        best = l;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Match(best.kind(), best.text()));
  }

  /** False when no label starts with this first character of a folded text. */
  private static boolean mayStart(int first) {
    return first >= 0 && FIRSTS.get(first);
  }

  /** The texts of the labels, folded, in table order. */
  static List<String> texts() {
    return LABELS.stream().map(Label::text).toList();
  }

  /**
   * False when no label starts the fold of {@code text} ({@link ArabicFold#foldArabic}), so {@link
   * #match} would find none. Folds only while some label still agrees with the fold so far: prose
   * that starts with a label's first letters ("ال…") parts from every label after a few characters.
   */
  static boolean mayMatch(String text) {
    Candidates c = new Candidates();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ArabicFold.isFoldDropped(ch)) {
        continue;
      }
      if (ArabicFold.isFoldSpace(ch)) {
        space = c.length > 0;
        continue;
      }
      int verdict = space ? c.next(' ') : 0;
      space = false;
      verdict = verdict == 0 ? c.next(ArabicFold.fold(ch)) : verdict;
      if (verdict != 0) {
        return verdict > 0;
      }
    }
    return false;
  }

  /** The labels that agree with the fold read so far, as bits of their first letter's list. */
  private static final class Candidates {
    private List<Label> labels;
    private long alive;
    private int length;

    /** Takes the next folded character: 1 when a label is complete, -1 when none can be, else 0. */
    int next(char f) {
      if (length == 0) {
        if (!mayStart(f)) {
          return -1;
        }
        labels = BY_FIRST_CHAR[f];
        alive = labels.size() == 64 ? -1L : (1L << labels.size()) - 1;
      } else {
        for (long m = alive; m != 0; m &= m - 1) {
          int j = Long.numberOfTrailingZeros(m);
          if (labels.get(j).text().charAt(length) != f) {
            alive &= ~(1L << j);
          }
        }
      }
      length++;
      for (long m = alive; m != 0; m &= m - 1) {
        if (labels.get(Long.numberOfTrailingZeros(m)).text().length() == length) {
          return 1;
        }
      }
      return alive == 0 ? -1 : 0;
    }
  }

  private static boolean startsWithWord(String folded, Label l) {
    if (!folded.startsWith(l.text())) {
      return false;
    }
    String rest = folded.substring(l.text().length()).stripLeading();
    if (l.needsColon()) {
      return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("：");
    }
    if (rest.isEmpty() || !Character.isLetterOrDigit(rest.codePointAt(0))) {
      return true;
    }
    // "شارك على فيسبوك", "تابعونا عبر منصاتنا": only the filler words calls to share use.
    return l.kind() == Kind.SHARE
        && Arrays.stream(rest.split("[\\s:：]+")).allMatch(SHARE_FILLER::contains);
  }
}
