package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** JSON for the list-valued columns; Jackson stays inside the store. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, String>>> OBJECTS = new TypeReference<>() {};

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  static List<String> strings(String json) {
    return read(json, STRINGS);
  }

  static List<Map<String, String>> objects(String json) {
    return read(json, OBJECTS);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON column is damaged: " + e.getOriginalMessage(), e);
    }
  }
}
