package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TextCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String content) throws IOException {
    Path p = dir.resolve("in.txt");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void normalizePrintsOneLinePerLine() throws IOException {
    Run r = run("normalize", file("أَهْلاً ﻻ\n\u202Bمُصْطَفَى\u202C ١٢ 😀\n").toString());
    assertEquals(0, r.code());
    assertEquals("اهلا لا\nمصطفي 12 😀\n", r.out().replace("\r\n", "\n"));
  }

  @Test
  void datesPrintsJsonLinesWithOffsets() throws IOException {
    String text = "نشر الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس، وقبل 3 أيام \"خبر\"";
    Run r = run("dates", "--ref", "2024-12-10T12:00:00+03:00", file(text).toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals(2, lines.length, r.out());
    assertEquals(
        "{\"text\":\"الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس\",\"start\":4,\"end\":57,"
            + "\"value\":\"2024-12-08T14:30:00+02:00\"}",
        lines[0]);
    assertTrue(lines[1].endsWith("\"value\":\"2024-12-07\"}"), lines[1]);
    int start = text.indexOf("الأحد");
    assertEquals(4, start);
  }

  @Test
  void datesAcceptsPlainDateReference() throws IOException {
    Run r = run("dates", "--ref", "2024-12-10", file("أمس").toString());
    assertEquals(
        "{\"text\":\"أمس\",\"start\":0,\"end\":3,\"value\":\"2024-12-09\"}", r.out().strip());
  }

  @Test
  void badReferenceIsAClearError() throws IOException {
    Run r = run("dates", "--ref", "yesterday-ish", file("أمس").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--ref must be an ISO-8601"), r.err());
  }

  @Test
  void langPrintsLanguageAndConfidence() throws IOException {
    Run r =
        run(
            "lang",
            file("قال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة الأسبوع المقبل")
                .toString());
    assertEquals(0, r.code());
    assertTrue(
        r.out().strip().matches("\\{\"lang\":\"ar\",\"confidence\":[01]\\.\\d{3}}"), r.out());
  }

  @Test
  void missingFileIsExitCodeOneWithMessage() {
    Run r = run("lang", dir.resolve("absent.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void malformedUtf8IsReplacedNotFatal() throws IOException {
    Path p = dir.resolve("bad.bin");
    Files.write(p, new byte[] {(byte) 0xD9, (byte) 0x85, (byte) 0xFF, (byte) 0xC3, 0x0A});
    Run r = run("normalize", p.toString());
    assertEquals(0, r.code());
    assertEquals("م\uFFFD\uFFFD", r.out().strip());
  }

  @Test
  void jsonQuotingEscapesControlsAndLoneSurrogates() {
    assertEquals("\"a\\\"b\\\\c\\u000a\\ud800😀\"", TextCommand.Json.quote("a\"b\\c\n\uD800😀"));
  }

  @Test
  void noSubcommandIsUsageError() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing subcommand"), r.err());
  }
}
