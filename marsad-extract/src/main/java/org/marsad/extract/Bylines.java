package org.marsad.extract;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Visible date lines ("نشر في ١٢ رمضان ١٤٤٥", "الثلاثاء 5 آذار 2024 - 10:30"): the last source of a
 * publish date, used when the page declares none in its markup or URL.
 */
final class Bylines {

  private static final int MAX_CANDIDATES = 20;

  /**
   * Not a date line: forum software prints the time the page was served ("Aktuelle Zeit:
   * 14.10.2020, 12:18", "It is currently Wed Oct 14, 2020") and the day each poster registered
   * ("Registriert: 18.09.2008", "Joined: Sep 18, 2008") under these labels.
   */
  private static final Pattern NOT_PUBLISHED =
      Pattern.compile(
          "^(?:aktuelle zeit|it is currently|current time|nous sommes le|heure actuelle"
              + "|fecha actual|het is nu|الوقت الحالي|الوقت الآن|registriert|joined|member since"
              + "|mitglied seit|inscription|inscrit le|registrado|iscritto|تاريخ التسجيل|تاريخ الانضمام)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_LENGTH = 200;

  /**
   * A marked block up to this long is read by its start: WordPress' "postmetadata" sentence
   * ("Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und unter ... gespeichert.
   * Sie können ...") states the date first and runs on for a few lines.
   */
  private static final int MAX_MARKED_LENGTH = 600;

  private static final int MAX_READS = 400;

  /** Unmarked blocks: a date line is short, and a paragraph that merely mentions a date is long. */
  private static final int MIN_PLAIN_LENGTH = 8;

  private static final int MAX_PLAIN_LENGTH = 80;
  private static final Set<String> PLAIN_TAGS =
      Set.of(
          "p", "span", "div", "li", "small", "em", "strong", "b", "i", "font", "td", "dd", "h3",
          "h4", "h5", "h6", "abbr");

  private Bylines() {}

  /**
   * The page's date lines, read on first use and remembered. Call before the page is cleaned: the
   * first use reads whatever the document holds then.
   */
  static DateLines lazyCandidates(Document doc, PageIndex page) {
    return DateLines.reading(() -> candidates(doc, page), doc.body());
  }

  /**
   * Short visible texts that look like date lines, in page order, read before cleaning: first the
   * line next to the only headline, then the blocks marked as dates (time, date/meta/byline
   * classes), then, as a last resort, any short unmarked block with a digit ("Veröffentlicht am
   * 12.05.2018", "١٢ آذار ٢٠٢٤" in a plain span).
   */
  static List<String> candidates(Document doc, PageIndex page) {
    List<String> marked = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    // One walk measures the body and reads its labelled lines; places and hidden blocks are then
    // derived by position, each element's from its parent's.
    LabelledDates.Reader labelledLines = LabelledDates.reader();
    BodyScan scan = BodyScan.of(doc.body(), MAX_PLAIN_LENGTH, labelledLines);
    BodyPlaces otherPlaces = new BodyPlaces(scan);
    IntPredicate hidden = scan.inherited(hiddenTest(doc));
    String[] chainTexts = new String[scan.size()];
    int reads = 0;
    int markedReads = 0;
    int h1s = 0;
    Element h1 = null;
    for (int i = 0; i < scan.size(); i++) {
      Element e = scan.at(i);
      if (e.nameIs("h1") && h1s++ == 0) {
        h1 = e;
      }
      int len = scan.text(i);
      if (len == 0 || len > MAX_MARKED_LENGTH) {
        continue; // no line at all, or too long for either kind of line
      }
      boolean dateLike = DateMarks.isDateLike(e);
      // Sizes come from one pass; only short blocks are read, and only so many of them.
      boolean wanted =
          dateLike
              ? marked.size() < MAX_CANDIDATES
              : len >= MIN_PLAIN_LENGTH
                  && len <= MAX_PLAIN_LENGTH
                  && plain.size() < MAX_CANDIDATES
                  && PLAIN_TAGS.contains(e.normalName());
      // Unmarked and marked blocks have a budget each: menus full of short links must not use it up
      // before the marked date line further down is reached, and thousands of nested "date" spans
      // around one paragraph must not each read the same text.
      if (!wanted
          || (dateLike ? markedReads++ > MAX_READS : reads++ > MAX_READS)
          || !dateLike && !scan.mayHoldDigit(i)
          || hidden.test(i)
          || otherPlaces.elsewhere(i)) {
        // An unmarked block's text (at most 80 letters, so never cut) needs a digit; that test
        // comes first, being the cheapest: the tests only skip, so their order changes nothing.
        continue;
      }
      String t = head(Dom.squash(text(scan, i, chainTexts)));
      List<String> into = dateLike ? marked : plain;
      if (!t.isEmpty()
          && t.length() <= MAX_LENGTH
          && (dateLike || hasDigit(t))
          && !into.contains(t)
          && !NOT_PUBLISHED.matcher(t).find()) {
        into.add(t);
      }
    }
    marked.addAll(plain);
    LabelledDates.Lines labelled = labelledLines.lines();
    // An "as of" line yields to the date line next to the headline, a publish line to nothing.
    labelled.asOf().ifPresent(t -> marked.add(0, t));
    (h1s == 1 ? nearTitle(h1) : Optional.<String>empty()).ifPresent(t -> marked.add(0, t));
    labelled.published().ifPresent(t -> marked.add(0, t));
    return marked;
  }

  private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none]";

  /**
   * Blocks hidden from readers: a hidden microdata block repeats the declared dates as text ({@code
   * <div style="display:none"><time datetime="…">2021-10-27T20:35</time>}), which is markup, not
   * the date line the page shows. Everything inside such a block is hidden too.
   */
  private static Predicate<Element> hiddenTest(Document doc) {
    Predicate<Element> hidden = Tree.matcher(doc, x -> x.attributesSize() > 0, HIDDEN);
    return x -> x.attributesSize() > 0 && hidden.test(x);
  }

  /**
   * The short date line right under the page's only headline ({@code <h1>…</h1><p><em>10.11.2021
   * </em></p>}), else right above it: it belongs to the story, whereas dates earlier in the page
   * may be a list's. The zone only tests that the line holds a full date.
   */
  static Optional<String> nearTitle(PageIndex page) {
    List<Element> h1 = page.body().stream().filter(e -> e.nameIs("h1")).toList();
    return h1.size() == 1 ? nearTitle(h1.get(0)) : Optional.empty();
  }

  /** {@link #nearTitle(PageIndex)} of the page's only headline. */
  private static Optional<String> nearTitle(Element h1) {
    return dateLine(h1.nextElementSibling()).or(() -> dateLine(h1.previousElementSibling()));
  }

  private static Optional<String> dateLine(Element e) {
    if (e == null || DatePlaces.elsewhere(e)) {
      return Optional.empty();
    }
    String t = Dom.squash(e.text());
    return t.length() >= MIN_PLAIN_LENGTH
            && t.length() <= MAX_PLAIN_LENGTH
            && ArabicDates.parse(t, ZoneOffset.UTC).isPresent()
        ? Optional.of(t)
        : Optional.empty();
  }

  /**
   * {@code e.text()}, shared along a chain of elements that each hold nothing but the next one (the
   * text of {@code <span><time>x</time></span>} is its {@code time}'s): read once per chain, so a
   * page nesting thousands of date spans is not read once per span. An only child is the next
   * element of the scan.
   */
  private static String text(BodyScan scan, int i, String[] chainTexts) {
    int x = i;
    String known = chainTexts[x];
    while (known == null
        && scan.at(x).childNodeSize() == 1
        && scan.at(x).childNode(0) instanceof Element) {
      x++;
      known = chainTexts[x];
    }
    String t = known != null ? known : pieces(scan.at(x));
    if (x > i) {
      Arrays.fill(chainTexts, i, x + 1, t);
    }
    return t;
  }

  /**
   * The text of a block made of elements only, their texts joined by spaces: a calendar badge
   * ({@code <span class="month">Apr</span> <span class="day">04</span><span
   * class="year">2013</span>}) would otherwise read "Apr 042013". Any other block reads as usual.
   */
  private static String pieces(Element e) {
    if (e.childrenSize() < 2) {
      return e.text();
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return e.text();
      }
    }
    StringBuilder b = new StringBuilder();
    for (Element child : e.children()) {
      b.append(child.text()).append(' ');
    }
    return b.toString().strip();
  }

  /** The first {@link #MAX_LENGTH} characters, cut at a space. */
  private static String head(String s) {
    if (s.length() <= MAX_LENGTH) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_LENGTH);
    return s.substring(0, cut > 0 ? cut : MAX_LENGTH);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A day given without a time (a URL day, a date-only meta value) with the time of the first date
   * line when that line names the same day: "erstellt: 01. April 2025, 15:25" under {@code
   * /2025/04/01/}.
   */
  static OffsetDateTime withTimeOfDay(OffsetDateTime day, DateLines candidates, ZoneId zone) {
    if (!day.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return day;
    }
    return candidates
        .date(zone)
        .filter(d -> d.toLocalDate().equals(day.toLocalDate()))
        .filter(d -> !d.toLocalTime().equals(LocalTime.MIDNIGHT))
        .orElse(day);
  }
}
