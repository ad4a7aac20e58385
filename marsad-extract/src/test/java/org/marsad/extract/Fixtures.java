package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/** Access to the fixture pages under {@code src/test/resources/fixtures}. */
final class Fixtures {

  private Fixtures() {}

  static Path dir() throws URISyntaxException {
    return Path.of(Fixtures.class.getResource("/fixtures").toURI());
  }

  /**
   * Every fixture page, parsed as the extractor parses it (script and style bodies skipped, JSON-LD
   * kept), by file name in name order.
   */
  static Map<String, Document> parsedPages() throws IOException, URISyntaxException {
    Map<String, Document> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir())) {
      for (Path p : s.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
        Inputs.Parsed parsed =
            Inputs.parse(Files.readAllBytes(p), Optional.empty(), "https://x.example/");
        out.put(p.getFileName().toString(), parsed.doc());
      }
    }
    return out;
  }

  static byte[] bytes(String name) throws IOException, URISyntaxException {
    return Files.readAllBytes(dir().resolve(name + ".html"));
  }

  static ExtractRequest request(String name, JsonNode expected)
      throws IOException, URISyntaxException {
    Optional<String> contentType =
        Optional.ofNullable(expected.get("content_type")).map(JsonNode::asText);
    // "zone": the outlet's time zone the pipeline would pass (an IANA id such as "Asia/Beirut").
    Optional<ZoneId> zone =
        Optional.ofNullable(expected.get("zone")).map(z -> ZoneId.of(z.asText()));
    return new ExtractRequest(
        bytes(name), expected.path("url").asText("https://example.org/"), contentType, zone);
  }
}
