package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsrfGuardTest {

  /** A fake DNS so that tests never leave the machine. */
  private static final Map<String, String[]> DNS =
      Map.of(
          "public.example", new String[] {"93.184.216.34"},
          "rebind.example", new String[] {"93.184.216.34", "10.0.0.7"},
          "v6.example", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
          "demo.local", new String[] {"127.0.0.5"});

  private static SsrfGuard guard(List<String> allow) {
    return new SsrfGuard(
        allow,
        host -> {
          String[] addrs = DNS.get(host);
          if (addrs == null) {
            return InetAddress.getAllByName(host); // literals only in these tests: no DNS traffic
          }
          InetAddress[] out = new InetAddress[addrs.length];
          for (int i = 0; i < addrs.length; i++) {
            out[i] = InetAddress.getByName(addrs[i]);
          }
          return out;
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/x",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[ff02::1]/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://rebind.example/",
        "http://2130706433/",
        "http://0x7f.0.0.1/"
      })
  void blocksNonPublicTargets(String url) {
    Optional<String> why = guard(List.of()).check(URI.create(url));
    assertTrue(why.isPresent(), url);
  }

  @Test
  void allowsPublicTargets() {
    assertEquals(Optional.empty(), guard(List.of()).check(URI.create("https://public.example/a")));
    assertEquals(Optional.empty(), guard(List.of()).check(URI.create("https://v6.example/a")));
  }

  @Test
  void allowListByCidrAndHostName() {
    assertEquals(
        Optional.empty(),
        guard(List.of("127.0.0.0/8")).check(URI.create("http://127.0.0.9:1234/")));
    assertEquals(
        Optional.empty(), guard(List.of("127.0.0.0/8")).check(URI.create("http://demo.local/")));
    assertTrue(guard(List.of("127.0.0.1/32")).check(URI.create("http://127.0.0.2/")).isPresent());
    assertEquals(Optional.empty(), guard(List.of("::1/128")).check(URI.create("http://[::1]:80/")));
    assertEquals(
        Optional.empty(),
        guard(List.of("Rebind.Example")).check(URI.create("http://rebind.example/")));
    assertTrue(guard(List.of("10.0.0.0/8")).check(URI.create("http://192.168.0.1/")).isPresent());
  }

  @Test
  void otherSchemesAndUnknownHostsAreRefused() {
    assertTrue(guard(List.of()).check(URI.create("file:///etc/passwd")).isPresent());
    assertTrue(guard(List.of()).check(URI.create("gopher://public.example/")).isPresent());
    SsrfGuard noDns =
        new SsrfGuard(
            List.of(),
            h -> {
              throw new UnknownHostException(h);
            });
    assertTrue(
        noDns.check(URI.create("http://nowhere.example/")).orElseThrow().contains("unknown host"));
  }

  @Test
  void badRulesFailAtConfiguration() {
    assertThrows(IllegalArgumentException.class, () -> AddressRule.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> AddressRule.parse("host.example/8"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CrawlSettings.defaults().withAllowedAddresses(List.of("1.2.3.4/x")));
  }
}
