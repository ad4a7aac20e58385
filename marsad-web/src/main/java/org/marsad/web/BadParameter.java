package org.marsad.web;

/**
 * A request parameter that cannot be used. Thrown from parameter parsing only and turned into a 400
 * response (HTML or JSON by route) by one handler in {@link WebServer}, so every route reports bad
 * input the same way.
 */
final class BadParameter extends RuntimeException {

  BadParameter(String message) {
    super(message, null, false, false);
  }
}
