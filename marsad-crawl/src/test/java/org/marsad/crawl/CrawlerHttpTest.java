package org.marsad.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HttpFetcher behaviour through the public Crawler API, against a scripted loopback server. */
class CrawlerHttpTest {

  static CrawlSettings fast() {
    CrawlSettings d = CrawlSettings.defaults();
    return new CrawlSettings(
        d.userAgent(),
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        64 * 1024,
        5,
        Duration.ofMillis(5),
        true,
        List.of("127.0.0.1/32"),
        d.minPollInterval(),
        d.maxPollInterval());
  }

  private ScriptedServer server;
  private Crawler crawler;

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer();
    crawler = new Crawler(fast());
  }

  @AfterEach
  void stop() {
    crawler.close();
    server.close();
  }

  @Test
  void fetchesWithUserAgentAndValidators() {
    server.on(
        "/page",
        ex -> {
          ex.getResponseHeaders().add("ETag", "\"v1\"");
          ex.getResponseHeaders().add("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT");
          ScriptedServer.send(
              ex,
              200,
              "text/html; charset=utf-8",
              "<p>مرحبا 🌙</p>".getBytes(StandardCharsets.UTF_8));
        });
    FetchOutcome o = crawler.fetchPage(server.url("/page"));
    FetchOutcome.Fetched f = assertInstanceOf(FetchOutcome.Fetched.class, o);
    assertEquals(200, f.status());
    assertEquals("<p>مرحبا 🌙</p>", new String(f.body(), StandardCharsets.UTF_8));
    assertEquals(Optional.of("\"v1\""), f.etag());
    assertEquals(Optional.of("Sat, 28 Nov 2026 10:00:00 GMT"), f.lastModified());
    assertFalse(f.redirected());
    String ua = server.seen.get(server.seen.size() - 1).headers().getFirst("User-Agent");
    assertTrue(ua.startsWith("Marsad/0.1 (+https://"), ua);
  }

  @Test
  void conditionalGetYieldsNotModified() {
    server.on(
        "/feed",
        ex -> {
          boolean match =
              "\"v7\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                  && ex.getRequestHeaders().getFirst("If-Modified-Since") != null;
          ScriptedServer.send(
              ex,
              match ? 304 : 200,
              "application/rss+xml",
              match ? new byte[0] : "<rss/>".getBytes(StandardCharsets.UTF_8));
        });
    FeedPoll poll =
        crawler.pollFeed(
            new FeedRequest(
                new org.marsad.source.FeedRef(
                    server.url("/feed"), org.marsad.source.FeedRef.Kind.AUTO),
                Optional.of("\"v7\""),
                Optional.of("Sat, 28 Nov 2026 10:00:00 GMT")));
    assertInstanceOf(FetchOutcome.NotModified.class, poll.outcome());
    assertTrue(poll.items().isEmpty());
  }

  @Test
  void followsRedirectChainAndReportsIt() {
    server
        .redirect("/a", 301, "/b")
        .redirect("/b", 302, server.url("/c").toString())
        .text("/c", 200, "text/plain", "done");
    FetchOutcome.Fetched f =
        assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(server.url("/a")));
    assertEquals(server.url("/c"), f.finalUrl());
    assertEquals(server.url("/a"), f.url());
    assertEquals(List.of(server.url("/a"), server.url("/b")), f.redirectChain());
    assertFalse(f.permanentRedirect(), "a 302 hop makes the move temporary");
  }

  @Test
  void redirectToArabicPathWithFragment() {
    // Raw UTF-8 bytes on the wire, as many servers send them (HttpServer writes each char as a
    // byte).
    String rawUtf8 =
        new String(
            "/أخبار/١?x=1#comments".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    server.redirect("/short", 302, rawUtf8);
    server.text("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%A1", 200, "text/plain", "وصلنا");
    FetchOutcome.Fetched f =
        assertInstanceOf(
            FetchOutcome.Fetched.class,
            crawler.fetchPage(java.net.URI.create(server.url("/short") + "#top")));
    assertEquals("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%A1", f.finalUrl().getRawPath());
    assertEquals(null, f.finalUrl().getRawFragment());
    assertEquals("وصلنا", new String(f.body(), StandardCharsets.UTF_8));
  }

  @Test
  void permanentRedirectsAreFlagged() {
    server
        .redirect("/old", 301, "/mid")
        .redirect("/mid", 308, "/new")
        .text("/new", 200, "text/plain", "x");
    FetchOutcome.Fetched f =
        assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(server.url("/old")));
    assertTrue(f.permanentRedirect());
  }

  @Test
  void redirectLoopIsRefused() {
    server.redirect("/x", 302, "/y").redirect("/y", 302, "/x");
    FetchOutcome.Refused r =
        assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url("/x")));
    assertTrue(r.reason().contains("loop"), r.reason());
    assertEquals(1, server.count("/x"));
  }

  @Test
  void moreThanFiveRedirectsAreRefused() {
    for (int i = 0; i < 7; i++) {
      server.redirect("/r" + i, 302, "/r" + (i + 1));
    }
    server.text("/r7", 200, "text/plain", "too far");
    FetchOutcome.Refused r =
        assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url("/r0")));
    assertTrue(r.reason().contains("too many redirects"), r.reason());
    assertEquals(0, server.count("/r7"));
    assertEquals(0, server.count("/r6"), "the sixth hop is never requested");
  }

  @Test
  void missingPagesAreGone() {
    server.text("/gone", 410, "text/plain", "gone");
    assertEquals(
        new FetchOutcome.Gone(server.url("/gone"), 410), crawler.fetchPage(server.url("/gone")));
    assertEquals(
        new FetchOutcome.Gone(server.url("/nothing"), 404),
        crawler.fetchPage(server.url("/nothing")));
  }

  @Test
  void tooManyRequestsHonoursRetryAfterWithoutHammering() {
    server.on(
        "/busy",
        ex -> {
          ex.getResponseHeaders().add("Retry-After", "120");
          ScriptedServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
    FetchOutcome.RateLimited r =
        assertInstanceOf(FetchOutcome.RateLimited.class, crawler.fetchPage(server.url("/busy")));
    assertEquals(429, r.status());
    assertEquals(Duration.ofSeconds(120), r.retryAfter());
    FetchOutcome again = crawler.fetchPage(server.url("/busy"));
    FetchOutcome.RateLimited r2 = assertInstanceOf(FetchOutcome.RateLimited.class, again);
    assertTrue(r2.retryAfter().compareTo(Duration.ofSeconds(110)) > 0, r2.toString());
    assertEquals(
        1, server.count("/busy"), "the host is not contacted inside its Retry-After window");
  }

  @Test
  void serviceUnavailableWithHttpDate() {
    server.on(
        "/maint",
        ex -> {
          ex.getResponseHeaders().add("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
          ScriptedServer.send(
              ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });
    FetchOutcome.RateLimited r =
        assertInstanceOf(FetchOutcome.RateLimited.class, crawler.fetchPage(server.url("/maint")));
    assertEquals(503, r.status());
    assertEquals(Duration.ZERO, r.retryAfter(), "a date in the past means retry now");
  }

  @Test
  void serverErrorBurstIsTransientAndBacksOff() {
    server.text("/err", 500, "text/plain", "oops");
    long start = System.nanoTime();
    for (int i = 0; i < 4; i++) {
      FetchOutcome.Failed f =
          assertInstanceOf(FetchOutcome.Failed.class, crawler.fetchPage(server.url("/err")));
      assertTrue(f.transientError());
      assertTrue(f.reason().contains("500"), f.reason());
    }
    List<ScriptedServer.Seen> hits =
        server.seen.stream().filter(s -> s.path().equals("/err")).toList();
    long lastGap = hits.get(3).nanoTime() - hits.get(2).nanoTime();
    // 5 ms base delay doubled per failure: the third gap is at least 4 × 5 ms × 0.75.
    assertTrue(lastGap >= Duration.ofMillis(14).toNanos(), "gap " + lastGap);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
    server.text("/err", 200, "text/plain", "recovered");
    assertInstanceOf(FetchOutcome.Fetched.class, crawler.fetchPage(server.url("/err")));
  }

  @Test
  void slowResponseTimesOutWithinTheTotalBudget() {
    CrawlSettings s = fast();
    CrawlSettings quick =
        new CrawlSettings(
            s.userAgent(),
            s.connectTimeout(),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            s.maxBodyBytes(),
            5,
            s.perHostDelay(),
            false,
            s.allowedAddresses(),
            s.minPollInterval(),
            s.maxPollInterval());
    server.on(
        "/slow",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ScriptedServer.send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
    try (Crawler c = new Crawler(quick)) {
      long start = System.nanoTime();
      FetchOutcome.Failed f =
          assertInstanceOf(FetchOutcome.Failed.class, c.fetchPage(server.url("/slow")));
      assertTrue(f.transientError());
      assertTrue(f.reason().contains("timeout"), f.reason());
      assertTrue(System.nanoTime() - start < Duration.ofMillis(2500).toNanos());
    }
  }

  @Test
  void dripFedBodyIsCutAtTheTotalTimeout() {
    CrawlSettings s = fast();
    CrawlSettings quick =
        new CrawlSettings(
            s.userAgent(),
            s.connectTimeout(),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            s.maxBodyBytes(),
            5,
            s.perHostDelay(),
            false,
            s.allowedAddresses(),
            s.minPollInterval(),
            s.maxPollInterval());
    server.on(
        "/drip",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException | InterruptedException expected) {
            // the client gives up first
          }
        });
    try (Crawler c = new Crawler(quick)) {
      long start = System.nanoTime();
      FetchOutcome.Failed f =
          assertInstanceOf(FetchOutcome.Failed.class, c.fetchPage(server.url("/drip")));
      assertTrue(f.reason().contains("timeout"), f.reason());
      assertTrue(System.nanoTime() - start < Duration.ofMillis(2000).toNanos());
    }
  }

  @Test
  void gzipAndDeflateAreDecoded() throws IOException {
    byte[] plain =
        "<rss><channel><title>عنوان</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
    byte[] gz = compress(plain, true);
    byte[] df = compress(plain, false);
    server.on(
        "/gz",
        ex -> {
          assertTrue(ex.getRequestHeaders().getFirst("Accept-Encoding").contains("gzip"));
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          ScriptedServer.send(ex, 200, "application/rss+xml", gz);
        });
    server.on(
        "/df",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "deflate");
          ScriptedServer.send(ex, 200, "application/rss+xml", df);
        });
    assertArrayEquals(plain, ((FetchOutcome.Fetched) crawler.fetchPage(server.url("/gz"))).body());
    assertArrayEquals(plain, ((FetchOutcome.Fetched) crawler.fetchPage(server.url("/df"))).body());
  }

  @Test
  void hugeBodiesAreRefused() throws IOException {
    byte[] big = new byte[200 * 1024];
    server.on("/declared", ex -> ScriptedServer.send(ex, 200, "text/html", big));
    server.on(
        "/chunked",
        ex -> {
          ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 20; i++) {
              out.write(new byte[16 * 1024]);
            }
          } catch (IOException expected) {
            // the client hangs up once the cap is passed
          }
        });
    byte[] bomb = compress(new byte[2 * 1024 * 1024], true);
    server.on(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          ScriptedServer.send(ex, 200, "text/html", bomb);
        });
    for (String path : List.of("/declared", "/chunked", "/bomb")) {
      FetchOutcome.Refused r =
          assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url(path)), path);
      assertTrue(r.reason().contains("exceeds"), r.reason());
    }
  }

  @Test
  void loopbackIsRefusedUnlessAllowListed() {
    server.text("/p", 200, "text/plain", "secret");
    try (Crawler strict = new Crawler(fast().withAllowedAddresses(List.of()))) {
      FetchOutcome.Refused r =
          assertInstanceOf(FetchOutcome.Refused.class, strict.fetchPage(server.url("/p")));
      assertTrue(r.reason().contains("SSRF"), r.reason());
    }
    assertEquals(0, server.count("/p"));
  }

  @Test
  void redirectsToPrivateAddressesAreRefusedOnEveryHop() throws IOException {
    try (ScriptedServer other = new ScriptedServer("127.0.0.2")) {
      other.text("/internal", 200, "text/plain", "internal");
      server.redirect("/to-other", 302, other.url("/internal").toString());
      server.redirect("/to-metadata", 301, "http://169.254.169.254/latest/meta-data/");
      server.redirect("/to-lan", 307, "http://10.1.2.3/admin");
      server.redirect("/to-v6", 302, "http://[::1]:" + other.url("/").getPort() + "/internal");
      for (String path : List.of("/to-other", "/to-metadata", "/to-lan", "/to-v6")) {
        FetchOutcome.Refused r =
            assertInstanceOf(FetchOutcome.Refused.class, crawler.fetchPage(server.url(path)), path);
        assertTrue(
            r.reason().contains("SSRF") && r.reason().contains("after redirect"), r.reason());
      }
      assertEquals(0, other.seen.size(), "the non-allowed host was never contacted");
      try (Crawler wide = new Crawler(fast().withAllowedAddresses(List.of("127.0.0.0/8")))) {
        assertInstanceOf(FetchOutcome.Fetched.class, wide.fetchPage(server.url("/to-other")));
      }
    }
  }

  @Test
  void nonHttpSchemesAreRefused() {
    assertInstanceOf(
        FetchOutcome.Refused.class, crawler.fetchPage(URI.create("file:///etc/passwd")));
    assertInstanceOf(
        FetchOutcome.Refused.class, crawler.fetchPage(URI.create("ftp://example.org/x")));
  }

  @Test
  void connectionRefusedIsTransientFailure() throws IOException {
    URI dead;
    try (ScriptedServer s = new ScriptedServer()) {
      dead = s.url("/x");
    }
    FetchOutcome.Failed f = assertInstanceOf(FetchOutcome.Failed.class, crawler.fetchPage(dead));
    assertTrue(f.transientError());
  }

  static byte[] compress(byte[] data, boolean gzip) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream out = gzip ? new GZIPOutputStream(bos) : new DeflaterOutputStream(bos)) {
      out.write(data);
    }
    return bos.toByteArray();
  }
}
