package org.marsad.cli.bench;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Field agreement with Fundus' per-publisher fixtures. Rules:
 *
 * <ul>
 *   <li>title: equal after whitespace normalisation (Python {@code split()} semantics), case kept;
 *   <li>authors: equal as sets of names, each whitespace-normalised and lower-cased ({@link
 *       Locale#ROOT}); an empty fixture list agrees only with no author;
 *   <li>publishing date: the same instant, to the second, when the fixture has an offset; when it
 *       has none, the same local date-time to the second, or only the same calendar day when its
 *       time is 00:00:00 (Fundus' way of writing a date without time).
 * </ul>
 *
 * A field the fixture does not carry is not compared.
 */
public final class FundusAgreement {

  private FundusAgreement() {}

  /** A fixture's publishing date: local date-time plus the offset when the fixture gives one. */
  public record FixtureDate(LocalDateTime local, Optional<ZoneOffset> offset) {

    boolean dateOnly() {
      return offset.isEmpty() && local.toLocalTime().equals(LocalTime.MIDNIGHT);
    }
  }

  /** What a fixture labels; body is the summary, headlines and paragraphs joined by newlines. */
  public record Expected(
      Optional<String> title,
      Optional<List<String>> authors,
      Optional<FixtureDate> published,
      String body) {}

  /** Pages that agree out of pages compared, for one field. */
  public record Field(int agreed, int compared) {

    public static final Field ZERO = new Field(0, 0);

    public Field plus(Field o) {
      return new Field(agreed + o.agreed, compared + o.compared);
    }

    public double share() {
      return compared == 0 ? 0 : (double) agreed / compared;
    }

    static Field of(boolean agreed) {
      return new Field(agreed ? 1 : 0, 1);
    }
  }

  /** Agreement per field. */
  public record Counts(Field title, Field authors, Field published) {

    public static final Counts ZERO = new Counts(Field.ZERO, Field.ZERO, Field.ZERO);

    public Counts plus(Counts o) {
      return new Counts(title.plus(o.title), authors.plus(o.authors), published.plus(o.published));
    }
  }

  /** Scores one page. */
  public static Counts score(Expected expected, Prediction predicted) {
    Field title =
        expected
            .title()
            .map(
                t ->
                    Field.of(
                        predicted
                            .title()
                            .map(p -> Whitespace.normalise(p).equals(Whitespace.normalise(t)))
                            .orElse(false)))
            .orElse(Field.ZERO);
    Field authors =
        expected
            .authors()
            .map(a -> Field.of(names(a).equals(names(predicted.authors()))))
            .orElse(Field.ZERO);
    Field date =
        expected
            .published()
            .map(d -> Field.of(predicted.published().map(p -> sameDate(d, p)).orElse(false)))
            .orElse(Field.ZERO);
    return new Counts(title, authors, date);
  }

  /** Sums page counts. */
  public static Counts sum(List<Counts> pages) {
    return pages.stream().reduce(Counts.ZERO, Counts::plus);
  }

  static boolean sameDate(FixtureDate expected, OffsetDateTime predicted) {
    if (expected.offset().isPresent()) {
      OffsetDateTime e = expected.local().atOffset(expected.offset().get());
      return e.toInstant()
          .truncatedTo(ChronoUnit.SECONDS)
          .equals(predicted.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
    if (expected.dateOnly()) {
      return expected.local().toLocalDate().equals(predicted.toLocalDate());
    }
    return expected
        .local()
        .truncatedTo(ChronoUnit.SECONDS)
        .equals(predicted.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
  }

  private static Set<String> names(Collection<String> authors) {
    return authors.stream()
        .map(a -> Whitespace.normalise(a).toLowerCase(Locale.ROOT))
        .filter(a -> !a.isEmpty())
        .collect(Collectors.toSet());
  }
}
