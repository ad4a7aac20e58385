package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The content chosen but not yet assembled: finding it changes nothing in the page, so a caller
 * ({@link ContentPipeline}) may still undo its cleaning and look again. {@code parts} are merged in
 * page order when there are several; {@code dropLinkLists} when the scorer widened the choice to a
 * container.
 */
record ContentPlan(
    List<Element> parts, ContentFinder.Source source, int textLength, boolean dropLinkLists) {

  static ContentPlan of(Element e, ContentFinder.Source source, int textLength) {
    return new ContentPlan(List.of(e), source, textLength, false);
  }

  /** The plan with the standfirst printed above its first part, when there is one. */
  ContentPlan withLead() {
    Optional<Element> lead = Leads.before(parts.get(0));
    if (lead.isEmpty()) {
      return this;
    }
    List<Element> withLead = new ArrayList<>();
    withLead.add(lead.get());
    withLead.addAll(parts);
    int text = textLength + lead.get().text().length();
    return new ContentPlan(List.copyOf(withLead), source, text, dropLinkLists);
  }

  /** Builds the content element; merging moves the parts out of the page. */
  ContentFinder.Found assemble() {
    Element chosen = parts.get(0);
    if (parts.size() > 1) {
      chosen = new Element("div");
      for (Element part : parts) {
        chosen.appendChild(part);
      }
    }
    if (dropLinkLists) {
      ContentAncestors.dropLinkLists(chosen);
    }
    Trailers.trim(chosen);
    return new ContentFinder.Found(chosen, source);
  }
}
