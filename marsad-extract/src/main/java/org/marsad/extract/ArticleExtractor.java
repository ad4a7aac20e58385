package org.marsad.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.text.LanguageGuess;
import org.marsad.text.LanguageIdentifier;

/**
 * The extraction stage: HTML bytes and URL in, article (or "not an article") out. Pure: no I/O, no
 * clock, no shared mutable state, so one instance serves all threads. Never throws; bad input gives
 * {@link ExtractResult.Failed} or {@link ExtractResult.NotAnArticle}.
 *
 * <p>Order matters: metadata is read from the untouched page, embeds and furniture are lifted
 * before boilerplate removal (their blocks often carry boilerplate class names), and the sanitiser
 * runs last on the chosen content.
 */
public final class ArticleExtractor {

  /** Larger bodies are refused: no article page is this big, and parsing cost grows with size. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final double MIN_LANGUAGE_CONFIDENCE = 0.5;

  private final SiteRules rules;

  /** Generic cascade plus the site rules bundled with Marsad. */
  public ArticleExtractor() {
    this(SiteRules.bundled());
  }

  public ArticleExtractor(SiteRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  public ExtractResult extract(ExtractRequest request) {
    try {
      return run(request);
    } catch (RuntimeException | StackOverflowError e) {
      return new ExtractResult.Failed("extraction failed: " + e.getClass().getSimpleName());
    }
  }

  private ExtractResult run(ExtractRequest request) {
    byte[] body = request.body();
    if (body.length == 0) {
      return new ExtractResult.NotAnArticle(ExtractResult.PageKind.EMPTY, "empty body");
    }
    if (body.length > MAX_BYTES) {
      return new ExtractResult.Failed(
          "body of " + body.length + " bytes exceeds the " + MAX_BYTES + "-byte limit");
    }
    if (Inputs.looksBinary(body)) {
      return new ExtractResult.Failed("body is binary, not HTML");
    }
    Inputs.Parsed parsed =
        Inputs.parse(Inputs.trimCutUtf8(body), request.contentType(), request.url());
    return extract(parsed, request.url(), request.zone().orElse(ZoneOffset.UTC));
  }

  private ExtractResult extract(Inputs.Parsed parsed, String url, ZoneId zone) {
    Document doc = parsed.doc();
    // One walk of the untouched page serves every reader until the embeds are lifted.
    PageIndex page = parsed.page();
    JsonLd ld = JsonLd.of(page);
    Map<String, String> metas = Metadata.index(page);
    // Date lines are read from the untouched page, at most once: metadata and the URL-day and
    // last-line rules below share them.
    DateLines dateLines = Bylines.lazyCandidates(doc, page);
    Metadata meta = Metadata.read(doc, page, metas, ld, url, zone, dateLines);
    PageClassifier.Signals signals = PageClassifier.Signals.of(page, metas, ld, url);
    // Visible date lines are the last date source and give a URL day its time: without a declared
    // date they are read now, before the page is cleaned.
    DateLines bylines = meta.published().isEmpty() ? dateLines.read() : DateLines.of(List.of());
    Optional<SiteRules.Rule> rule = rules.find(url);
    rule.ifPresent(r -> r.removeSelectors().forEach(s -> doc.select(Dom.css(s)).remove()));
    Element body = doc.body();
    Images.normalise(body, page);
    List<Embed> embeds = Embeds.lift(page);
    Furniture.Found furniture = Furniture.lift(body, url, page.body().size());
    Optional<Element> content = ContentPipeline.find(body, rule).map(ContentFinder.Found::element);
    int images = content.map(c -> tidy(c, url)).orElse(0);
    String text = content.map(TextRenderer::render).orElse("");
    Optional<String> articleBody =
        ld.article().map(a -> a.path("articleBody").asText("")).filter(b -> !b.isBlank());
    if (articleBody.isPresent() && articleBody.get().length() > 2 * text.length() + 200) {
      return build(
          meta,
          url,
          zone,
          bylines,
          embeds,
          furniture,
          Optional.empty(),
          withShownLead(Paragraphs.fromPlain(articleBody.get()), meta, body));
    }
    Optional<ExtractResult.NotAnArticle> not =
        PageClassifier.judge(signals, content, text.length(), images);
    if (not.isPresent()) {
      return not.get().describing(meta.title(), published(meta, url, zone, bylines));
    }
    return build(
        meta, url, zone, bylines, keptEmbeds(embeds, content.get()), furniture, content, text);
  }

  /**
   * A JSON-LD {@code articleBody} often leaves out the standfirst the page shows above it; when the
   * description is printed as a paragraph of the page and missing from the body, it leads.
   */
  private static String withShownLead(String plain, Metadata meta, Element body) {
    String lead = meta.description().map(Dom::squash).orElse("");
    if (lead.length() < 40 || plain.contains(lead.substring(0, 40))) {
      return plain;
    }
    for (Element p : body.select(Dom.css("p"))) {
      if (Dom.squash(p.text()).equals(lead)) {
        return lead + "\n\n" + plain;
      }
    }
    return plain;
  }

  /**
   * Drops what is left of page chrome inside the chosen content and fixes its URLs; returns the
   * images kept. One measure serves every step: the removals go through it, and the URL pass reads
   * its element list instead of walking the content again.
   */
  private static int tidy(Element content, String url) {
    Lengths lengths = Lengths.of(content);
    lengths.select(e -> e.nameIs("h1")).forEach(lengths::detach);
    lengths = lengths.current(content);
    for (Element e : lengths.select(ArticleExtractor::mayBeLinkList)) {
      int len = lengths.text(e);
      if (len > 0
          && len < 400
          && lengths.linkDensity(e) > 0.6
          && e.selectFirst(Dom.css("img")) == null) {
        // Only e's ancestors change, and they were tested before it.
        lengths.detach(e);
      }
    }
    return Sanitizer.absolutize(lengths, content, url);
  }

  private static boolean mayBeLinkList(Element e) {
    return e.nameIs("ul") || e.nameIs("ol") || e.nameIs("div") || e.nameIs("table");
  }

  /** Embeds placed inside the article; the others belong to sidebars. */
  private static List<Embed> keptEmbeds(List<Embed> all, Element content) {
    List<Embed> kept = new ArrayList<>();
    for (Element ph : content.select(Dom.css(Embeds.PLACEHOLDER))) {
      int i = Integer.parseInt(ph.attr("data-index"));
      kept.add(all.get(i));
    }
    return kept;
  }

  private static ExtractResult build(
      Metadata meta,
      String url,
      ZoneId zone,
      DateLines bylines,
      List<Embed> embeds,
      Furniture.Found furniture,
      Optional<Element> content,
      String text) {
    Set<String> tags = new LinkedHashSet<>(furniture.tags());
    tags.addAll(meta.tags());
    String html =
        content.map(c -> Sanitizer.clean(c, url)).orElseGet(() -> Paragraphs.toHtml(text));
    List<ExtractedArticle.Image> images =
        content
            .map(c -> Images.collect(meta.leadImage(), c))
            .orElseGet(
                () ->
                    meta.leadImage()
                        .map(l -> List.of(new ExtractedArticle.Image(l, Optional.empty())))
                        .orElse(List.of()));
    ExtractedArticle article =
        new ExtractedArticle(
            url,
            meta.canonical(),
            meta.title().orElse(""),
            published(meta, url, zone, bylines),
            meta.modified(),
            meta.authors(),
            meta.siteName(),
            meta.lang().or(() -> guessLanguage(text)),
            meta.description(),
            text,
            html,
            images,
            embeds,
            List.copyOf(tags),
            furniture.related(),
            furniture.credit());
    return new ExtractResult.Extracted(article);
  }

  /**
   * Metadata first, then the URL (with the time of a date line naming its day), then visible date
   * lines (collected only when metadata lacks one), then the page's last resort.
   */
  private static Optional<OffsetDateTime> published(
      Metadata meta, String url, ZoneId zone, DateLines bylines) {
    return meta.published()
        .or(() -> Dates.fromUrl(url, zone).map(d -> Bylines.withTimeOfDay(d, bylines, zone)))
        .or(() -> bylines.date(zone))
        .or(meta::lastResort);
  }

  /** Pages that do not declare a language (old table layouts often do not) get the text's. */
  private static Optional<String> guessLanguage(String text) {
    LanguageGuess g = LanguageIdentifier.identify(text);
    return g.confidence() >= MIN_LANGUAGE_CONFIDENCE && !g.lang().equals("und")
        ? Optional.of(g.lang())
        : Optional.empty();
  }
}
