package org.marsad.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * The API's JSON conventions in one place: snake_case names, ISO-8601 dates with their offset,
 * empty Optionals as null, UTF-8 bytes with non-ASCII (emoji included) written unescaped.
 */
final class Json {

  // Jackson escapes characters outside the BMP as "\uD83D\uDE22" pairs by default; combining them
  // writes an emoji as its 4 UTF-8 bytes, the same bytes the page and the feed carry.
  private final ObjectMapper mapper =
      new ObjectMapper(
              JsonFactory.builder()
                  .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                  .build())
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      // Only our own records are serialised; failing here is a programming error.
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  byte[] error(String message) {
    return bytes(Map.of("error", message));
  }
}
