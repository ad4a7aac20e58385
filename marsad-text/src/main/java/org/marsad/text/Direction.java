package org.marsad.text;

/** Base direction of a text. */
public enum Direction {
  RTL,
  LTR,
  NEUTRAL
}
