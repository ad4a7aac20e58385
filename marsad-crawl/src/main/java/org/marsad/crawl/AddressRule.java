package org.marsad.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/** One entry of an address list: a CIDR block, or an exact host name when it is not a CIDR. */
record AddressRule(Optional<byte[]> network, int prefixLength, Optional<String> hostName) {

  static AddressRule parse(String entry) {
    String e = entry.trim();
    if (e.isEmpty()) {
      throw new IllegalArgumentException("empty address rule");
    }
    int slash = e.indexOf('/');
    String addressPart = slash < 0 ? e : e.substring(0, slash);
    if (!looksLikeLiteral(addressPart)) {
      if (slash >= 0) {
        throw new IllegalArgumentException("not a CIDR: " + entry);
      }
      return new AddressRule(Optional.empty(), 0, Optional.of(e.toLowerCase(Locale.ROOT)));
    }
    byte[] bytes = literal(addressPart, entry);
    int prefix = slash < 0 ? bytes.length * 8 : parsePrefix(e.substring(slash + 1), entry);
    if (prefix < 0 || prefix > bytes.length * 8) {
      throw new IllegalArgumentException("bad prefix length: " + entry);
    }
    return new AddressRule(Optional.of(bytes), prefix, Optional.empty());
  }

  boolean matchesHost(String host) {
    return hostName.isPresent() && hostName.get().equals(host.toLowerCase(Locale.ROOT));
  }

  boolean matches(InetAddress address) {
    if (network.isEmpty()) {
      return false;
    }
    byte[] net = network.get();
    byte[] addr = address.getAddress();
    if (addr.length != net.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (addr[i] != net[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (addr[full] & mask) == (net[full] & mask);
  }

  private static boolean looksLikeLiteral(String s) {
    return s.contains(":") || s.matches("[0-9.]+");
  }

  private static byte[] literal(String s, String entry) {
    try {
      // getByName on a literal never touches DNS.
      return InetAddress.getByName(s.startsWith("[") ? s.substring(1, s.length() - 1) : s)
          .getAddress();
    } catch (UnknownHostException ex) {
      throw new IllegalArgumentException("bad address in rule: " + entry, ex);
    }
  }

  private static int parsePrefix(String s, String entry) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("bad prefix length: " + entry, ex);
    }
  }
}
