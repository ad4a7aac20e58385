package org.marsad.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultOutletsTest {

  private final List<Outlet> outlets = DefaultOutlets.load();

  @Test
  void atLeastSixtyOutletsAcrossFifteenCountriesPlusPanArab() {
    assertTrue(outlets.size() >= 60, "outlets: " + outlets.size());
    Set<String> countries = outlets.stream().map(Outlet::country).collect(Collectors.toSet());
    assertTrue(countries.contains("XA"), "pan-Arab channels present");
    countries.remove("XA");
    assertTrue(countries.size() >= 15, "countries: " + countries);
    assertTrue(countries.stream().allMatch(c -> c.matches("[A-Z]{2}")));
  }

  @Test
  void keysUniqueNamesArabicUrlsWeb() {
    assertEquals(outlets.size(), outlets.stream().map(Outlet::key).distinct().count());
    for (Outlet o : outlets) {
      assertTrue(o.nameAr().codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC),
          o.key());
      assertTrue(o.homepage().getScheme().equals("https") || o.homepage().getScheme().equals("http"), o.key());
      o.feeds().forEach(f -> assertTrue(f.url().getHost() != null, o.key()));
    }
    assertTrue(outlets.stream().filter(o -> !o.feeds().isEmpty()).count() >= 10);
  }
}
