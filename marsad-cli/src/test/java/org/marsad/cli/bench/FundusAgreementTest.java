package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundusAgreementTest {

  private static final FundusAgreement.Field YES = new FundusAgreement.Field(1, 1);
  private static final FundusAgreement.Field NO = new FundusAgreement.Field(0, 1);
  private static final FundusAgreement.Field SKIPPED = FundusAgreement.Field.ZERO;

  private static FundusAgreement.FixtureDate date(String text) {
    return FundusFixtures.parseDate(text).orElseThrow();
  }

  private static Prediction predicted(String title, List<String> authors, String published) {
    return new Prediction(
        "", Optional.of(title), authors, Optional.ofNullable(published).map(OffsetDateTime::parse));
  }

  @Test
  void parsesFundusDateForms() {
    assertEquals(
        new FundusAgreement.FixtureDate(
            LocalDateTime.of(2025, 4, 15, 3, 8), Optional.of(ZoneOffset.UTC)),
        date("2025-04-15 03:08:00+00:00"));
    assertEquals(
        LocalDateTime.of(2023, 6, 13, 12, 15, 32, 158_000_000),
        date("2023-06-13 12:15:32.158000+02:00").local());
    assertEquals(Optional.empty(), date("2025-06-30 00:00:00").offset());
    assertEquals(Optional.empty(), FundusFixtures.parseDate("yesterday"));
  }

  @Test
  void fullAgreement() {
    FundusAgreement.Expected e =
        new FundusAgreement.Expected(
            Optional.of("Rain  returns\nto the coast"),
            Optional.of(List.of("Lina Haddad", "Omar  Saleh")),
            Optional.of(date("2024-03-01 10:15:00+01:00")),
            "");
    Prediction p =
        predicted(
            "Rain returns to the coast",
            List.of("omar saleh", "LINA HADDAD"),
            "2024-03-01T09:15:00.400Z");
    assertEquals(new FundusAgreement.Counts(YES, YES, YES), FundusAgreement.score(e, p));
  }

  @Test
  void disagreementsAndSkippedFields() {
    FundusAgreement.Expected e =
        new FundusAgreement.Expected(
            Optional.of("A title"),
            Optional.empty(),
            Optional.of(date("2024-03-01 10:15:00+01:00")),
            "");
    Prediction p = predicted("A Title", List.of("Someone"), "2024-03-01T10:15:00Z");
    assertEquals(new FundusAgreement.Counts(NO, SKIPPED, NO), FundusAgreement.score(e, p));
    assertEquals(
        new FundusAgreement.Counts(NO, SKIPPED, NO), FundusAgreement.score(e, Prediction.EMPTY));
  }

  @Test
  void authorsAreASet() {
    FundusAgreement.Expected e =
        new FundusAgreement.Expected(
            Optional.empty(), Optional.of(List.of("A", "B")), Optional.empty(), "");
    assertEquals(NO, FundusAgreement.score(e, predicted("", List.of("A"), null)).authors());
    assertEquals(
        YES, FundusAgreement.score(e, predicted("", List.of("b", "a", "A"), null)).authors());
    FundusAgreement.Expected none =
        new FundusAgreement.Expected(
            Optional.empty(), Optional.of(List.of()), Optional.empty(), "");
    assertEquals(YES, FundusAgreement.score(none, Prediction.EMPTY).authors());
  }

  @Test
  void dateWithoutTimeComparesTheCalendarDay() {
    FundusAgreement.FixtureDate dayOnly = date("2025-06-30 00:00:00");
    assertTrue(
        FundusAgreement.sameDate(dayOnly, OffsetDateTime.parse("2025-06-30T18:40:00+03:00")));
    assertFalse(
        FundusAgreement.sameDate(dayOnly, OffsetDateTime.parse("2025-07-01T00:10:00+03:00")));
    FundusAgreement.FixtureDate naiveTime = date("2025-06-30 08:05:00");
    assertTrue(
        FundusAgreement.sameDate(naiveTime, OffsetDateTime.parse("2025-06-30T08:05:00+02:00")));
    assertFalse(FundusAgreement.sameDate(naiveTime, OffsetDateTime.parse("2025-06-30T06:05:00Z")));
  }

  @Test
  void fixtureEntryBecomesExpectedFields() throws IOException {
    JsonNode entry =
        BenchSets.JSON.readTree(
            "{\"title\": \"T\", \"authors\": [\"X\"], \"publishing_date\": null,"
                + " \"body\": {\"summary\": [\"S\"], \"sections\": [{\"headline\": [\"H\"], \"paragraphs\": [\"P1\", \"P2\"]}]}}");
    FundusAgreement.Expected e = FundusFixtures.expected(entry);
    assertEquals(Optional.of("T"), e.title());
    assertEquals(Optional.of(List.of("X")), e.authors());
    assertEquals(Optional.empty(), e.published());
    assertEquals("S\nH\nP1\nP2", e.body());
  }

  @Test
  void sharesAreZeroWithoutComparisons() {
    assertEquals(0, SKIPPED.share(), 1e-9);
    assertEquals(0.5, YES.plus(NO).share(), 1e-9);
  }
}
