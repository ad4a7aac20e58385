package org.marsad.enrich;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** SimHash over word trigrams: texts that differ by a few words differ by a few bits. */
final class Fingerprints {

  private static final int SHINGLE = 3;

  private Fingerprints() {}

  static long simhash(List<String> terms) {
    int[] weights = new int[64];
    int shingles = Math.max(1, terms.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      String shingle = String.join(" ", terms.subList(i, Math.min(terms.size(), i + SHINGLE)));
      long h = hash(shingle);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** 64-bit FNV-1a followed by a murmur finaliser, so that similar strings spread over all bits. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
