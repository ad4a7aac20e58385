package org.marsad.web;

import java.util.List;
import java.util.Optional;
import org.marsad.store.ArticleSummary;
import org.marsad.store.SearchResults;
import org.marsad.store.SourceView;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredArticle;
import org.marsad.store.StoryView;
import org.marsad.store.TagView;

/** The single parameter of each page template: what the page shows, already fetched. */
final class Views {

  private Views() {}

  /** Layout data every page shares; {@code feedHref} is the Atom feed advertised in the head. */
  record Chrome(String siteName, String title, StoreStats stats, String query, String feedHref) {}

  /** Previous/next links; {@code hrefPrefix} ends with "?" or "&" so "page=N" can be appended. */
  record Pager(int page, boolean hasNext, String hrefPrefix) {
    boolean hasPrev() {
      return page > 1;
    }

    String prevHref() {
      return hrefPrefix + "page=" + (page - 1);
    }

    String nextHref() {
      return hrefPrefix + "page=" + (page + 1);
    }
  }

  record HomePage(
      Chrome chrome, List<ArticleSummary> latest, List<StoryView> stories, List<TagView> tags) {}

  record ArticlePage(Chrome chrome, StoredArticle article, List<ArticleSummary> related) {}

  record SourcePage(Chrome chrome, SourceView source, List<ArticleSummary> articles, Pager pager) {}

  record TagPage(Chrome chrome, TagView tag, List<ArticleSummary> articles, Pager pager) {}

  record SearchPage(Chrome chrome, String query, Optional<SearchResults> results, Pager pager) {}

  record SourcesPage(Chrome chrome, List<SourceView> sources) {}

  /**
   * {@code detail} is the technical reason (English, for whoever reports the problem), may be
   * empty.
   */
  record ErrorPage(Chrome chrome, int status, String heading, String message, String detail) {}
}
