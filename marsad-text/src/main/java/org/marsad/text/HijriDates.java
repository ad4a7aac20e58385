package org.marsad.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hijri to Gregorian by the Umm al-Qura calendar (the official one in Saudi Arabia and the one most
 * Arab news sites print), as ICU4J computes it. Other countries announce months by sighting and can
 * differ by a day: a date converted here is the calendar's, not the announcement's.
 */
final class HijriDates {

  static final int FIRST_YEAR = 1300;
  static final int LAST_YEAR = 1600;

  private HijriDates() {}

  static Optional<LocalDate> toGregorian(int year, int month, int day) {
    if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
      return Optional.empty();
    }
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    cal.clear();
    cal.set(year, month - 1, 1, 12, 0, 0);
    if (day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return Optional.empty();
    }
    cal.set(Calendar.DAY_OF_MONTH, day);
    long epochDay = Math.floorDiv(cal.getTimeInMillis(), 86_400_000L);
    return Optional.of(LocalDate.ofEpochDay(epochDay));
  }
}
