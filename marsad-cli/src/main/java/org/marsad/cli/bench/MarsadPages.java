package org.marsad.cli.bench;

import java.util.List;
import java.util.Optional;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.ExtractRequest;
import org.marsad.extract.ExtractResult;
import org.marsad.extract.ExtractedArticle;

/**
 * Marsad's extractor. "Not an article" predicts no body but keeps the title and date the extractor
 * read from the page; "failed" is an empty prediction.
 */
public final class MarsadPages implements PageExtractor {

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public Prediction extract(byte[] html, String url) {
    ExtractResult result = extractor.extract(ExtractRequest.of(html, url));
    if (result instanceof ExtractResult.Extracted x) {
      ExtractedArticle a = x.article();
      return new Prediction(a.text(), Optional.of(a.title()), a.authors(), a.published());
    }
    if (result instanceof ExtractResult.NotAnArticle n) {
      return new Prediction("", n.title(), List.of(), n.published());
    }
    return Prediction.EMPTY;
  }
}
