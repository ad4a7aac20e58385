package org.marsad.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Serves one outlet: GET/HEAD only, query strings ignored (so utm-tagged links resolve),
 * ETag/Last-Modified validators with 304, and gzip when the client asks for it.
 */
final class OutletHandler implements HttpHandler {

  private final OutletSite site;

  OutletHandler(OutletSite site) {
    this.site = site;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    try {
      respond(ex);
    } catch (RuntimeException e) {
      // A rendering bug must show up as a 500 the crawler records, not as a dropped connection.
      if (ex.getResponseCode() == -1) {
        sendText(ex, 500, false);
      }
    } finally {
      ex.close();
    }
  }

  private void respond(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      ex.getResponseHeaders().set("Allow", "GET, HEAD");
      ex.sendResponseHeaders(405, -1);
      return;
    }
    String path = ex.getRequestURI().getRawPath();
    Optional<Resource> found = site.find(path);
    if (found.isEmpty() && site.find(path + "/").isPresent()) {
      ex.getResponseHeaders().set("Location", path + "/");
      ex.sendResponseHeaders(301, -1);
      return;
    }
    if (found.isEmpty()) {
      sendText(ex, path.startsWith("/admin/") ? 403 : 404, head);
      return;
    }
    send(ex, found.get(), head);
  }

  private static void send(HttpExchange ex, Resource r, boolean head) throws IOException {
    Headers out = ex.getResponseHeaders();
    out.set("Content-Type", r.contentType());
    out.set("ETag", r.etag());
    out.set("Last-Modified", httpDate(r.lastModified()));
    out.set("Cache-Control", "max-age=60");
    out.set("Vary", "Accept-Encoding");
    if (notModified(ex.getRequestHeaders(), r)) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    byte[] body = r.body();
    if (acceptsGzip(ex.getRequestHeaders().getFirst("Accept-Encoding"))) {
      body = gzip(body);
      out.set("Content-Encoding", "gzip");
    }
    ex.sendResponseHeaders(200, head ? -1 : body.length);
    if (!head) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  /** If-None-Match wins over If-Modified-Since, as RFC 9110 says. */
  static boolean notModified(Headers req, Resource r) {
    String inm = req.getFirst("If-None-Match");
    if (inm != null) {
      return inm.strip().equals("*")
          || Arrays.stream(inm.split(","))
              .map(t -> t.strip().replaceFirst("^W/", ""))
              .anyMatch(r.etag()::equals);
    }
    String ims = req.getFirst("If-Modified-Since");
    if (ims == null) {
      return false;
    }
    try {
      Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims.strip(), Instant::from);
      return !r.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    return Arrays.stream(acceptEncoding.split(","))
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .anyMatch(
            t ->
                (t.equals("gzip") || t.startsWith("gzip;"))
                    && !t.replace(" ", "").matches("gzip;q=0(\\.0*)?"));
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(body);
    }
    return buf.toByteArray();
  }

  private static void sendText(HttpExchange ex, int status, boolean head) throws IOException {
    String message =
        switch (status) {
          case 403 -> "403 ممنوع";
          case 404 -> "404 الصفحة غير موجودة";
          default -> status + " خطأ في الخادم";
        };
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      ex.getResponseBody().write(body);
    }
  }

  private static String httpDate(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }
}
