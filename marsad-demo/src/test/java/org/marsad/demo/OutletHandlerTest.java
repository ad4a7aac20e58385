package org.marsad.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutletHandlerTest {

  private static final Resource DOC =
      Resource.text("<p>نص</p>", "text/html; charset=UTF-8", Instant.parse("2026-12-14T09:15:30Z"));

  private static Headers headers(String... kv) {
    Headers h = new Headers();
    for (int i = 0; i < kv.length; i += 2) {
      h.add(kv[i], kv[i + 1]);
    }
    return h;
  }

  @Test
  void entityTagsWinOverDates() {
    assertTrue(OutletHandler.notModified(headers("If-None-Match", DOC.etag()), DOC));
    assertTrue(OutletHandler.notModified(headers("If-None-Match", "\"x\", W/" + DOC.etag()), DOC));
    assertTrue(OutletHandler.notModified(headers("If-None-Match", "*"), DOC));
    assertFalse(
        OutletHandler.notModified(
            headers("If-None-Match", "\"x\"", "If-Modified-Since", "Mon, 14 Dec 2026 09:15:30 GMT"),
            DOC));
  }

  @Test
  void modifiedSinceComparesWholeSeconds() {
    assertTrue(
        OutletHandler.notModified(
            headers("If-Modified-Since", "Mon, 14 Dec 2026 09:15:30 GMT"), DOC));
    assertFalse(
        OutletHandler.notModified(
            headers("If-Modified-Since", "Mon, 14 Dec 2026 09:15:29 GMT"), DOC));
    assertFalse(OutletHandler.notModified(headers("If-Modified-Since", "yesterday"), DOC));
    assertFalse(OutletHandler.notModified(headers(), DOC));
  }

  @Test
  void gzipNegotiation() {
    assertTrue(OutletHandler.acceptsGzip("gzip, deflate, br"));
    assertTrue(OutletHandler.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    assertFalse(OutletHandler.acceptsGzip("gzip;q=0"));
    assertFalse(OutletHandler.acceptsGzip("deflate"));
    assertFalse(OutletHandler.acceptsGzip(null));
  }
}
