package org.marsad.app;

import java.util.List;

/** The configuration is invalid; the message lists every problem, one per line. */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super("invalid configuration:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
