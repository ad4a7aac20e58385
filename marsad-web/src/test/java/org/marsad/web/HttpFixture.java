package org.marsad.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real server on a free port over the sample data, and a plain JDK HTTP client. */
final class HttpFixture implements AutoCloseable {

  final WebServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  HttpFixture() {
    server =
        WebServer.start(new InMemoryPortalReader(), new WebSettings("127.0.0.1", 0, "مرصد", ""));
  }

  /** A GET; {@code path} is already percent-encoded where needed. */
  Reply get(String path) {
    URI uri = server.baseUri().resolve(path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("content-type").orElse(""),
          response.headers().firstValue("content-security-policy").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** Status, content type and the raw body bytes (so tests can check encodings byte for byte). */
  record Reply(int status, String contentType, String securityPolicy, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean containsBytes(byte[] needle) {
      outer:
      for (int i = 0; i <= bytes.length - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (bytes[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }
}
