package org.marsad.demo;

import java.nio.charset.Charset;
import java.time.ZoneId;

/**
 * A fictional outlet of the demo web, as described in outlets.txt.
 *
 * @param hostOctet last octet of the outlet's own loopback address (127.0.0.x)
 * @param slogan a line under the masthead, also part of the page furniture
 */
record OutletProfile(
    String key,
    int hostOctet,
    Shape shape,
    String nameAr,
    String nameLatin,
    String country,
    ZoneId zone,
    Charset charset,
    String slogan) {

  static OutletProfile from(Block block) {
    int octet = Integer.parseInt(block.require("host"));
    if (octet < 2 || octet > 254) {
      throw new IllegalStateException(block.origin() + ": host octet out of range: " + octet);
    }
    return new OutletProfile(
        block.require("key"),
        octet,
        Shape.valueOf(block.require("shape")),
        block.require("name-ar"),
        block.require("name-latin"),
        block.require("country"),
        ZoneId.of(block.require("zone")),
        Charset.forName(block.require("charset")),
        block.require("slogan"));
  }

  String host() {
    return "127.0.0." + hostOctet;
  }
}
