package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The hand-written label search must find what the word-start, ASCII-case-blind regex finds. */
class PublishLabelsTest {

  /** The regex the search replaces, built from the same labels. */
  private static final Pattern REGEX =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}])(?:" + String.join("|", PublishLabels.LABELS) + ")",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> SAMPLES =
      List.of(
          "Erschienen am 12.03.2021",
          "ERSCHIENEN AM: 1. Mai",
          "Zuletzt erschienen am",
          "unerschienen am",
          "Datum: 18.10.2021",
          "Datum 18.10.2021",
          "Published on 3 May 2020, published: later",
          "Date published: 2020-01-01",
          "Veröffentlicht: 2.2.2022",
          "VERÖFFENTLICHT am",
          "Publié le 5 mai",
          "PUBLIÉ LE 5 mai",
          "نشر في ٥ آذار ٢٠٢٤",
          "ونشر في ٥ آذار",
          "نُشر في الخامس من آذار",
          "تاريخ النشر: 2024/03/05",
          "بتاريخ النشر",
          "é published on",
          "\u0301published on",
          "x😀published on",
          "");

  @Test
  void findsWhatTheRegexFinds() {
    SAMPLES.forEach(this::assertSameAsRegex);
  }

  @Test
  void findsWhatTheRegexFindsInMixedText() {
    Random random = new Random(7);
    String[] pieces = {"a", "É", " ", ":", "\u064f", "ن", "😀", "Pub", "date ", "am"};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String label = PublishLabels.LABELS[random.nextInt(PublishLabels.LABELS.length)];
      b.append(random.nextBoolean() ? label.toUpperCase(java.util.Locale.ROOT) : label);
      b.append(pieces[random.nextInt(pieces.length)]);
      assertSameAsRegex(b.toString());
    }
  }

  @Test
  void everyTextWithALabelOnceNormalisedMayHoldOne() {
    Random random = new Random(5);
    int held = 0;
    String[] pieces = {"a", " ", "\n\t", "\u00a0", "\u00ad", "\u200b", ":", "\u064f", "x", "ن"};
    for (int n = 0; n < 5_000; n++) {
      String label = PublishLabels.LABELS[random.nextInt(PublishLabels.LABELS.length)];
      StringBuilder b = new StringBuilder(pieces[random.nextInt(pieces.length)]);
      for (char c : label.toCharArray()) {
        b.append(c == ' ' ? pieces[1 + random.nextInt(5)] : String.valueOf(c));
        if (random.nextInt(8) == 0) {
          b.append(pieces[4 + random.nextInt(2)]);
        }
      }
      String raw = b.toString();
      boolean holds = PublishLabels.find(new TextNode(raw).text()).isPresent();
      assertEquals(holds, holds && PublishLabels.mayHold(raw), raw);
      held += holds ? 1 : 0;
    }
    assertTrue(held > 1_000, "texts that held a label: " + held);
    assertEquals(false, PublishLabels.mayHold("publishes on"));
  }

  /**
   * The regex's look-behind reads half of a letter outside the BMP and takes it for a word break;
   * the search reads the whole letter.
   */
  @Test
  void aLetterOutsideTheBmpIsALetter() {
    assertEquals(Optional.empty(), PublishLabels.find("\uD835\uDC00published on"));
    assertEquals(2, PublishLabels.find("\uD83D\uDE00published on").orElseThrow().start());
  }

  private void assertSameAsRegex(String s) {
    Matcher m = REGEX.matcher(s);
    List<Integer> expected = new ArrayList<>();
    if (m.find()) {
      expected = List.of(m.start(), m.end());
    }
    Optional<PublishLabels.Found> found = PublishLabels.find(s);
    List<Integer> actual = found.map(f -> List.of(f.start(), f.end())).orElse(List.of());
    assertEquals(expected, actual, s);
  }
}
