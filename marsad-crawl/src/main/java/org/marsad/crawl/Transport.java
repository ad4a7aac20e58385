package org.marsad.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP exchange without redirects: sends the request, enforces the body cap while bytes arrive
 * (a Content-Length above the cap is refused before reading), the total deadline, and undoes
 * gzip/deflate with the same cap (so a compression bomb cannot pass).
 */
final class Transport implements AutoCloseable {

  /** A response whose headers arrived and whose (decoded) body fitted the cap. */
  record Response(int status, HttpHeaders headers, byte[] body) {
    Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  /** The body exceeded the cap (declared or counted). */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(String message) {
      super(message);
    }
  }

  private final HttpClient client;
  private final ExecutorService executor;
  private final CrawlSettings settings;

  Transport(CrawlSettings settings) {
    this.settings = settings;
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "marsad-http");
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .executor(executor)
            .build();
  }

  Response send(URI url, List<String[]> extraHeaders, Instant deadline)
      throws IOException, InterruptedException, TimeoutException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept-Encoding", "gzip, deflate")
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/feed+json,"
                    + " application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
    for (String[] h : extraHeaders) {
      b.header(h[0], h[1]);
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), info -> new CappedSubscriber(settings.maxBodyBytes(), info));
    long remaining = Duration.between(Instant.now(), deadline).toMillis();
    try {
      HttpResponse<byte[]> r =
          future.get(Math.max(remaining, 1), java.util.concurrent.TimeUnit.MILLISECONDS);
      return new Response(r.statusCode(), r.headers(), decode(r.body(), r.headers()));
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  private static IOException unwrap(ExecutionException e) {
    Throwable t = e.getCause();
    while (t != null) {
      if (t instanceof BodyTooLargeException tooLarge) {
        return tooLarge;
      }
      // A read timeout may wrap the "connection closed locally" of the client closing it:
      // the timeout is what happened.
      if (t instanceof java.net.http.HttpTimeoutException timeout) {
        return timeout;
      }
      if (t.getCause() == null && t instanceof IOException io) {
        return io;
      }
      t = t.getCause();
    }
    return new IOException(e.getCause() == null ? "request failed" : e.getCause().toString(), e);
  }

  private byte[] decode(byte[] raw, HttpHeaders headers) throws IOException {
    String encoding =
        headers.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
    switch (encoding) {
      case "gzip", "x-gzip" -> {
        return readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(raw)));
      }
      case "deflate" -> {
        return inflate(raw);
      }
      default -> {
        return raw;
      }
    }
  }

  /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: try both. */
  private byte[] inflate(byte[] raw) throws IOException {
    try {
      return readCapped(
          new InflaterInputStream(new java.io.ByteArrayInputStream(raw), new Inflater()));
    } catch (java.util.zip.ZipException e) {
      return readCapped(
          new InflaterInputStream(new java.io.ByteArrayInputStream(raw), new Inflater(true)));
    }
  }

  private byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > settings.maxBodyBytes()) {
          throw new BodyTooLargeException(
              "decompressed body exceeds " + settings.maxBodyBytes() + " bytes");
        }
      }
      return out.toByteArray();
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** Collects the body, failing as soon as it passes the cap instead of buffering it all. */
  private static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final long declared;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedSubscriber(long max, HttpResponse.ResponseInfo info) {
      this.max = max;
      this.declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
    }

    @Override
    public CompletableFuture<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (declared > max) {
        s.cancel();
        result.completeExceptionally(
            new BodyTooLargeException("Content-Length " + declared + " exceeds " + max + " bytes"));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer bb : items) {
        byte[] chunk = new byte[bb.remaining()];
        bb.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      if (out.size() > max) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException("body exceeds " + max + " bytes"));
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
