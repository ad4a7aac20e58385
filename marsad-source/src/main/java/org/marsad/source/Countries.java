package org.marsad.source;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The civil time zone of an outlet's country, for dates its pages print without an offset. A table
 * (hence its length): one zone per country is right for every Arab state; the few multi-zone
 * countries listed are where diaspora outlets publish from, at their capital's time.
 */
public final class Countries {

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("MA", "Africa/Casablanca"),
          Map.entry("DZ", "Africa/Algiers"),
          Map.entry("TN", "Africa/Tunis"),
          Map.entry("LY", "Africa/Tripoli"),
          Map.entry("EG", "Africa/Cairo"),
          Map.entry("SD", "Africa/Khartoum"),
          Map.entry("SS", "Africa/Juba"),
          Map.entry("MR", "Africa/Nouakchott"),
          Map.entry("PS", "Asia/Hebron"),
          Map.entry("IL", "Asia/Jerusalem"),
          Map.entry("JO", "Asia/Amman"),
          Map.entry("LB", "Asia/Beirut"),
          Map.entry("SY", "Asia/Damascus"),
          Map.entry("IQ", "Asia/Baghdad"),
          Map.entry("SA", "Asia/Riyadh"),
          Map.entry("AE", "Asia/Dubai"),
          Map.entry("QA", "Asia/Qatar"),
          Map.entry("KW", "Asia/Kuwait"),
          Map.entry("BH", "Asia/Bahrain"),
          Map.entry("OM", "Asia/Muscat"),
          Map.entry("YE", "Asia/Aden"),
          Map.entry("SO", "Africa/Mogadishu"),
          Map.entry("DJ", "Africa/Djibouti"),
          Map.entry("KM", "Indian/Comoro"),
          Map.entry("TR", "Europe/Istanbul"),
          Map.entry("IR", "Asia/Tehran"),
          Map.entry("GB", "Europe/London"),
          Map.entry("FR", "Europe/Paris"),
          Map.entry("DE", "Europe/Berlin"),
          Map.entry("RU", "Europe/Moscow"),
          Map.entry("CN", "Asia/Shanghai"),
          Map.entry("US", "America/New_York"));

  private Countries() {}

  /** The zone of an ISO 3166-1 alpha-2 country; empty for pan-Arab ("XA") and unknown codes. */
  public static Optional<ZoneId> zoneOf(String country) {
    return Optional.ofNullable(ZONES.get(country.toUpperCase(Locale.ROOT))).map(ZoneId::of);
  }
}
