package org.marsad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void limitsAndOffsets() {
    assertEquals(20, Params.limit(null, 20));
    assertEquals(20, Params.limit(" ", 20));
    assertEquals(200, Params.limit("200", 20));
    assertEquals(0, Params.offset(null));
    assertEquals(5, Params.offset(" 5 "));
    assertThrows(BadParameter.class, () -> Params.limit("201", 20));
    assertThrows(BadParameter.class, () -> Params.offset("-1"));
    assertThrows(BadParameter.class, () -> Params.offset("100001"));
    assertThrows(BadParameter.class, () -> Params.page("0"));
  }

  @Test
  void ids() {
    assertEquals(42, Params.id("42"));
    assertThrows(BadParameter.class, () -> Params.id("0"));
    assertThrows(BadParameter.class, () -> Params.id("4.2"));
    assertThrows(BadParameter.class, () -> Params.id("١٢"), "Arabic-Indic digits are not ids");
  }

  @Test
  void messagesQuoteBadInputWithoutSplittingEmoji() {
    BadParameter e = assertThrows(BadParameter.class, () -> Params.limit("😢".repeat(50), 20));
    String shown = e.getMessage().substring(e.getMessage().indexOf('\'', 18) + 1);
    assertTrue(shown.startsWith("😢"), shown);
    assertTrue(
        e.getMessage().codePoints().noneMatch(cp -> Character.isSurrogate((char) cp)),
        "no lone surrogates");
  }

  @Test
  void queriesAndKeys() {
    assertEquals("", Params.query(null));
    assertEquals("غزة", Params.query("  غزة "));
    assertThrows(BadParameter.class, () -> Params.query("x".repeat(201)));
    assertEquals("sahil", Params.key("source key", "sahil"));
    assertThrows(BadParameter.class, () -> Params.key("tag", " "));
  }
}
