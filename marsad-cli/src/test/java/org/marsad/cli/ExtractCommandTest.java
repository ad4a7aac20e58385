package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CONTRACT =
      List.of(
          "url",
          "canonical_url",
          "title",
          "published",
          "modified",
          "authors",
          "site_name",
          "lang",
          "description",
          "text",
          "html",
          "images",
          "embeds",
          "tags",
          "related",
          "source_credit");
  private static final String PAGE =
      "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر تجريبي عن افتتاح مكتبة - موقع الاختبار</title>"
          + "<meta property=\"og:site_name\" content=\"موقع الاختبار\"><meta property=\"og:type\" content=\"article\">"
          + "<meta property=\"article:published_time\" content=\"2024-04-01T10:00:00+02:00\"></head><body>"
          + "<nav><a href=\"/\">الرئيسية</a></nav><article><h1>خبر تجريبي عن افتتاح مكتبة</h1>"
          + "<p>افتتحت البلدية مكتبة عامة جديدة في الحي القديم، تضم آلاف الكتب وقاعة للمطالعة مفتوحة طيلة أيام الأسبوع للطلبة والباحثين.</p>"
          + "<p>وتنظم المكتبة ورشات أسبوعية للأطفال حول القراءة والكتابة، إلى جانب نادٍ للكتاب يلتقي مساء كل خميس 📚✨.</p>"
          + "<p>المصدر: بلاغ البلدية</p></article></body></html>";
  private static final String EMPTY =
      "<html><head><title></title></head><body><div id=app></div></body></html>";

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ExtractCommand command = new ExtractCommand();
    command.stdin = stdin;
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void fileGivesOneJsonObjectWithTheContractFields() throws IOException {
    Path page = write("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
    Run r = run("--url", "https://test.example.ma/news/1", page.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = JSON.readTree(r.out());
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertEquals(CONTRACT, names);
    assertEquals("https://test.example.ma/news/1", json.get("url").asText());
    assertEquals("خبر تجريبي عن افتتاح مكتبة", json.get("title").asText());
    assertEquals("2024-04-01T10:00:00+02:00", json.get("published").asText());
    assertEquals("بلاغ البلدية", json.get("source_credit").asText());
    assertTrue(json.get("text").asText().contains("مساء كل خميس 📚✨."));
    assertTrue(json.get("modified").isNull());
    assertEquals(1, r.out().strip().split("\n").length, "one line of JSON");
  }

  @Test
  void gzipIsAcceptedByNameAndByMagicBytesOnStdin() throws IOException {
    Path gz = write("page.html.gz", gzip(PAGE));
    Run byName = run(gz.toString());
    assertEquals(0, byName.code(), byName.err());
    Run stdin = run(new ByteArrayInputStream(gzip(PAGE)), "--format", "text", "-");
    assertEquals(0, stdin.code(), stdin.err());
    assertTrue(stdin.out().startsWith("افتتحت البلدية مكتبة عامة جديدة"));
    assertTrue(stdin.out().contains("الباحثين.\n\nوتنظم المكتبة"));
  }

  @Test
  void notAnArticleExitsTwoWithOneLineOnStderr() throws IOException {
    Run r = run(write("empty.html", EMPTY.getBytes(StandardCharsets.UTF_8)).toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().split("\\R").length, r.err());
    assertTrue(r.err().contains("no article found"));
  }

  @Test
  void errorsExitOneWithOneLineOnStderr() throws IOException {
    Run missing = run(dir.resolve("nope.html").toString());
    assertEquals(1, missing.code());
    assertEquals(1, missing.err().strip().split("\\R").length, missing.err());
    Run badFormat =
        run("--format", "xml", write("p.html", PAGE.getBytes(StandardCharsets.UTF_8)).toString());
    assertEquals(1, badFormat.code());
    Run binary = run(new ByteArrayInputStream(new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0}), "-");
    assertEquals(1, binary.code());
    assertTrue(binary.err().startsWith("marsad extract: "), binary.err());
    Run batchWithoutOut = run("--batch", dir.toString());
    assertEquals(1, batchWithoutOut.code());
    Run unknownOption = run("--bogus");
    assertEquals(1, unknownOption.code(), "2 is reserved for 'no article found'");
  }

  @Test
  void batchWritesOneLinePerFileWithItsName() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.write(in.resolve("a.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("b.html.gz"), gzip(PAGE));
    Files.write(in.resolve("c.html"), EMPTY.getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");
    Run r = run("--batch", in.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    JsonNode a = JSON.readTree(lines.get(0));
    assertEquals("a.html", a.get("file").asText());
    assertEquals("خبر تجريبي عن افتتاح مكتبة", a.get("title").asText());
    assertEquals("b.html.gz", JSON.readTree(lines.get(1)).get("file").asText());
    JsonNode c = JSON.readTree(lines.get(2));
    assertEquals("not_article", c.get("outcome").asText());
    assertTrue(c.get("title").isNull(), "an empty <title> is no title");
    assertTrue(c.get("published").isNull());
    assertFalse(c.has("text"), "a page that is not an article has no body");
  }
}
