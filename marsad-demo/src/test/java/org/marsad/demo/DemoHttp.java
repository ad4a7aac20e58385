package org.marsad.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Real-HTTP helpers for the demo web tests. */
final class DemoHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern CHARSET = Pattern.compile("charset=([\\w-]+)");

  private DemoHttp() {}

  static HttpResponse<byte[]> get(String url, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.GET().build());
  }

  static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError("HTTP failed for " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The body decoded with the charset the Content-Type header declares. */
  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), charsetOf(r));
  }

  static Charset charsetOf(HttpResponse<byte[]> r) {
    String ct = r.headers().firstValue("Content-Type").orElse("");
    Matcher m = CHARSET.matcher(ct);
    return m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
  }

  /** Parses bytes as XML the way a crawler should: letting the XML declaration pick the charset. */
  static Document xml(byte[] body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
