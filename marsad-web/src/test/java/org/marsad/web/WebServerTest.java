package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.store.PortalReader;

class WebServerTest {

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void settingsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new WebSettings(" ", 0, "مرصد", ""));
    assertThrows(
        IllegalArgumentException.class, () -> new WebSettings("127.0.0.1", 70_000, "مرصد", ""));
    assertThrows(IllegalArgumentException.class, () -> new WebSettings("127.0.0.1", 0, "", ""));
    assertEquals("", new WebSettings("127.0.0.1", 0, "مرصد", null).baseUrl());
  }

  @Test
  void wildcardBindAddressesMapToLoopback() {
    assertEquals(URI.create("http://127.0.0.1:8080/"), WebServer.localUri("0.0.0.0", 8080));
    assertEquals(URI.create("http://[::1]:8080/"), WebServer.localUri("::", 8080));
    assertEquals(URI.create("http://[fe80::1]:80/"), WebServer.localUri("fe80::1", 80));
    assertEquals(URI.create("http://localhost:81/"), WebServer.localUri("localhost", 81));
  }

  @Test
  void freePortIsReportedAndClosingStopsListening() throws Exception {
    URI base;
    try (WebServer server =
        WebServer.start(new InMemoryPortalReader(), new WebSettings("127.0.0.1", 0, "مرصد", ""))) {
      assertTrue(server.port() > 0);
      base = server.baseUri();
      assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), base);
      assertEquals(200, get(base.resolve("/healthz")).statusCode());
    }
    assertThrows(ConnectException.class, () -> get(base.resolve("/healthz")));
  }

  @Test
  void portInUseIsAClearError() {
    try (WebServer first =
        WebServer.start(new InMemoryPortalReader(), new WebSettings("127.0.0.1", 0, "مرصد", ""))) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  WebServer.start(
                      new InMemoryPortalReader(),
                      new WebSettings("127.0.0.1", first.port(), "مرصد", "")));
      assertTrue(e.getMessage().contains(String.valueOf(first.port())), e.getMessage());
    }
  }

  @Test
  void feedsUseTheConfiguredPublicAddress() throws Exception {
    WebSettings settings = new WebSettings("127.0.0.1", 0, "مرصد", "https://marsad.example/");
    try (WebServer server = WebServer.start(new InMemoryPortalReader(), settings)) {
      String xml = get(server.baseUri().resolve("/feed.xml")).body();
      assertTrue(xml.contains("<id>https://marsad.example/feed.xml</id>"), xml);
      assertTrue(xml.contains("<id>https://marsad.example/article/101</id>"));
    }
  }

  /** A store that fails on every call: pages and API answer 500 in their own format, health 503. */
  @Test
  void storeFailuresAreReportedNotLeaked() throws Exception {
    PortalReader broken =
        (PortalReader)
            Proxy.newProxyInstance(
                PortalReader.class.getClassLoader(),
                new Class<?>[] {PortalReader.class},
                (proxy, method, args) -> {
                  throw new IllegalStateException("database is locked");
                });
    try (WebServer server = WebServer.start(broken, new WebSettings("127.0.0.1", 0, "مرصد", ""))) {
      HttpResponse<String> page = get(server.baseUri().resolve("/article/101"));
      assertEquals(500, page.statusCode());
      assertTrue(
          page.body().contains("خطأ في الخادم") && !page.body().contains("database is locked"),
          page.body());
      HttpResponse<String> api = get(server.baseUri().resolve("/api/v1/stats"));
      assertEquals(500, api.statusCode());
      assertEquals("{\"error\":\"internal error\"}", api.body());
      HttpResponse<String> health = get(server.baseUri().resolve("/healthz"));
      assertEquals(503, health.statusCode());
      assertTrue(health.body().contains("database is locked"));
    }
  }
}
