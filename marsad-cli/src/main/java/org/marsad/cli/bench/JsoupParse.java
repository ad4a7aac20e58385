package org.marsad.cli.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The speed floor: a bare jsoup parse of the bytes (charset detected as the extractor must), with
 * no extraction at all. It predicts nothing.
 */
public final class JsoupParse implements PageExtractor {

  /** Read after the run so the JIT cannot drop the parse as dead code. */
  private long nodes;

  @Override
  public Prediction extract(byte[] html, String url) {
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, url);
      nodes += doc.childNodeSize();
      return Prediction.EMPTY;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long nodes() {
    return nodes;
  }
}
