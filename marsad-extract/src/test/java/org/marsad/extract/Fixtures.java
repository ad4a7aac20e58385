package org.marsad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** Access to the fixture pages under {@code src/test/resources/fixtures}. */
final class Fixtures {

  private Fixtures() {}

  static Path dir() throws URISyntaxException {
    return Path.of(Fixtures.class.getResource("/fixtures").toURI());
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
