package org.marsad.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the crawler away from internal networks. Every hop's host is resolved and EVERY address it
 * resolves to must be public or explicitly allowed; a host with one private address is refused (an
 * attacker controlling DNS can otherwise mix addresses).
 */
final class SsrfGuard {

  /** Blocks that are never public: RFC 6890 special-purpose registries, trimmed to what matters. */
  private static final List<AddressRule> BLOCKED =
      List.of(
              "0.0.0.0/8",
              "10.0.0.0/8",
              "100.64.0.0/10",
              "127.0.0.0/8",
              "169.254.0.0/16",
              "172.16.0.0/12",
              "192.0.0.0/24",
              "192.0.2.0/24",
              "192.88.99.0/24",
              "192.168.0.0/16",
              "198.18.0.0/15",
              "198.51.100.0/24",
              "203.0.113.0/24",
              "224.0.0.0/4",
              "240.0.0.0/4",
              "::/128",
              "::1/128",
              "64:ff9b::/96",
              "100::/64",
              "2001:db8::/32",
              "2002::/16",
              "fc00::/7",
              "fe80::/10",
              "fec0::/10",
              "ff00::/8")
          .stream()
          .map(AddressRule::parse)
          .toList();

  /** Cloud metadata names that resolve to link-local addresses inside a cloud. */
  private static final Set<String> METADATA_HOSTS =
      Set.of("metadata.google.internal", "metadata", "instance-data", "metadata.azure.internal");

  private final List<AddressRule> allowed;
  private final Resolver resolver;

  /** DNS lookup, replaceable in tests. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  SsrfGuard(List<String> allowList, Resolver resolver) {
    this.allowed = allowList.stream().map(AddressRule::parse).toList();
    this.resolver = resolver;
  }

  SsrfGuard(List<String> allowList) {
    this(allowList, InetAddress::getAllByName);
  }

  /** Empty when the URL may be fetched, else the reason it may not. */
  Optional<String> check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("scheme not allowed: " + scheme);
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("URL has no host");
    }
    String bare = stripBrackets(host).toLowerCase(Locale.ROOT);
    if (allowed.stream().anyMatch(r -> r.matchesHost(bare))) {
      return Optional.empty();
    }
    if (METADATA_HOSTS.contains(bare) || bare.endsWith(".internal")) {
      return Optional.of("SSRF guard: metadata host " + bare);
    }
    return checkAddresses(bare);
  }

  private Optional<String> checkAddresses(String host) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("DNS: unknown host " + host);
    }
    for (InetAddress a : addresses) {
      InetAddress effective = unmapped(a);
      if (allowed.stream().anyMatch(r -> r.matches(effective))) {
        continue;
      }
      if (isNonPublic(effective)) {
        return Optional.of(
            "SSRF guard: " + host + " resolves to non-public " + effective.getHostAddress());
      }
    }
    return Optional.empty();
  }

  static boolean isNonPublic(InetAddress a) {
    return a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()
        || BLOCKED.stream().anyMatch(r -> r.matches(a))
        || (a instanceof Inet4Address && a.getHostAddress().equals("255.255.255.255"));
  }

  /** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible IPv6 addresses are judged as IPv4. */
  private static InetAddress unmapped(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return a;
    }
    byte[] b = a.getAddress();
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return a;
      }
    }
    boolean mapped = (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF);
    boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
    if (!mapped && !compatible) {
      return a;
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      return a;
    }
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
