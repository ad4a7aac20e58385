package org.marsad.extract;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Cleaning and main-content choice, with one retry. The full cleaning pass removes blocks by tag
 * and class name; on some pages those names are wrong (a page builder calls every block a "widget",
 * a blog puts the post in a {@code <noscript>}, a shop wraps its description in a {@code <form>})
 * and the article goes with them. When the first choice is too short to be an article while the
 * pass removed much more text than it left, the removed blocks go back, a lenient pass runs, and
 * the longer of the two choices wins.
 */
final class ContentPipeline {

  /** Below this much text the first choice would not be an article ({@link PageClassifier}). */
  static final int WEAK_TEXT = PageClassifier.MIN_TEXT;

  /** The removed text must outweigh the choice this many times for a retry to be worth it. */
  static final int REMOVED_RATIO = 3;

  /** The retry's choice must be this many times longer than the first to replace it. */
  static final int GAIN_RATIO = 2;

  private ContentPipeline() {}

  static Optional<ContentFinder.Found> find(Element body, Optional<SiteRules.Rule> rule) {
    // The furniture step measured the page and kept the measure through its removals.
    Lengths lengths = Lengths.take(body);
    Removals strict = Boilerplate.strip(body, lengths);
    Optional<ContentPlan> first = ContentFinder.plan(body, rule, strict.lengths(body));
    int firstText = first.map(ContentPlan::textLength).orElse(0);
    if (firstText >= WEAK_TEXT || strict.text() < Math.max(WEAK_TEXT, firstText * REMOVED_RATIO)) {
      return first.map(ContentPlan::assemble);
    }
    strict.restore(); // the blocks are back: each pass below measures the page again
    Lengths restored = Lengths.of(body);
    Removals lenient = Boilerplate.stripLenient(body, restored);
    Optional<ContentPlan> retry = ContentFinder.plan(body, rule, lenient.lengths(body));
    int retryText = retry.map(ContentPlan::textLength).orElse(0);
    if (retryText >= WEAK_TEXT && retryText >= firstText * GAIN_RATIO) {
      return retry.map(ContentPlan::assemble);
    }
    lenient.restore();
    Removals again = Boilerplate.strip(body);
    return ContentFinder.plan(body, rule, again.lengths(body)).map(ContentPlan::assemble);
  }
}
