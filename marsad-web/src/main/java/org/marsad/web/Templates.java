package org.marsad.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the precompiled JTE templates (generated from {@code src/main/jte} at build time into
 * this package), so no template is parsed or compiled while serving.
 */
final class Templates {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "org.marsad.web");

  /** Renders {@code name} (e.g. "home.jte") whose only parameter is {@code page}. */
  String render(String name, Object page) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, page, out);
    return out.toString();
  }
}
