package org.marsad.demo;

/**
 * The CMS an outlet looks like. Each shape fixes URL layout, feed formats, how the byline writes
 * dates and which machine-readable metadata (JSON-LD, OpenGraph, none) the pages carry, because
 * those are exactly the things a real crawler has to cope with per site.
 */
enum Shape {
  /** Moroccan WordPress: /yyyy/MM/dd/slug/, RSS main + category feeds, OpenGraph. */
  WORDPRESS(Meta.OPEN_GRAPH),
  /** Egyptian custom CMS: numeric ids, summary-only RSS + Google News sitemap, JSON-LD. */
  CUSTOM(Meta.JSON_LD),
  /** Levantine Drupal: /node/id, Atom feed, dual month names, visible byline only. */
  DRUPAL(Meta.NONE),
  /** Gulf site: Makkah time plus a Hijri date line, news sitemap + RSS, JSON-LD. */
  GULF(Meta.JSON_LD),
  /** Algerian legacy site in windows-1256: RSS, OpenGraph, Maghreb month names. */
  MAGHREB(Meta.OPEN_GRAPH),
  /** Pan-Arab news channel: English-style byline date, JSON Feed + Atom, video pages. */
  CHANNEL(Meta.JSON_LD);

  /** Machine-readable article metadata a page carries besides its visible byline. */
  enum Meta {
    JSON_LD,
    OPEN_GRAPH,
    NONE
  }

  private final Meta meta;

  Shape(Meta meta) {
    this.meta = meta;
  }

  Meta meta() {
    return meta;
  }
}
