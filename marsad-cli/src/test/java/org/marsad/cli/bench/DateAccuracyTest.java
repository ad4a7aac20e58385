package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateAccuracyTest {

  private static final LocalDate DAY = LocalDate.of(2020, 6, 7);

  @Test
  void sameDayInThePagesOwnOffsetIsRight() {
    OffsetDateTime lateEvening = OffsetDateTime.of(2020, 6, 7, 23, 30, 0, 0, ZoneOffset.ofHours(3));
    assertEquals(
        new DateAccuracy.Counts(1, 0, 0, 0),
        DateAccuracy.score(Optional.of(DAY), Optional.of(lateEvening)));
  }

  @Test
  void otherDayIsAFalsePositive() {
    OffsetDateTime nextDay = OffsetDateTime.of(2020, 6, 8, 0, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(
        new DateAccuracy.Counts(0, 1, 0, 0),
        DateAccuracy.score(Optional.of(DAY), Optional.of(nextDay)));
  }

  @Test
  void missingDateIsAFalseNegative() {
    assertEquals(
        new DateAccuracy.Counts(0, 0, 1, 0),
        DateAccuracy.score(Optional.of(DAY), Optional.empty()));
  }

  @Test
  void unlabelledPageIsRightOnlyWithoutADate() {
    assertEquals(
        new DateAccuracy.Counts(0, 0, 0, 1),
        DateAccuracy.score(Optional.empty(), Optional.empty()));
    assertEquals(
        new DateAccuracy.Counts(0, 1, 0, 0),
        DateAccuracy.score(
            Optional.empty(),
            Optional.of(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))));
  }

  @Test
  void accuracyAndF1FromSummedCounts() {
    DateAccuracy.Counts c =
        DateAccuracy.sum(
            List.of(
                new DateAccuracy.Counts(1, 0, 0, 0), new DateAccuracy.Counts(1, 0, 0, 0),
                new DateAccuracy.Counts(0, 1, 0, 0), new DateAccuracy.Counts(0, 0, 0, 1)));
    assertEquals(4, c.pages());
    assertEquals(0.75, c.accuracy(), 1e-9);
    assertEquals(2.0 / 3, c.prf().precision(), 1e-9);
    assertEquals(1.0, c.prf().recall(), 1e-9);
    assertEquals(0, DateAccuracy.Counts.ZERO.accuracy(), 1e-9);
  }
}
