package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.ArticleJson;
import org.marsad.extract.ExtractRequest;
import org.marsad.extract.ExtractResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad extract}: one page (file, gzip file or standard input) to one JSON object, or a
 * folder to JSON lines. Exit 0 on success, 2 when the page is not an article, 1 on error, with a
 * one-line message on standard error.
 */
@Command(
    name = "extract",
    description = "Extract the article of an HTML page as JSON (or plain text).",
    mixinStandardHelpOptions = true,
    // The contract reserves 2 for "no article found": bad usage is an error like any other.
    exitCodeOnInvalidInput = 1)
public class ExtractCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int ERROR = 1;
  static final int NOT_ARTICLE = 2;

  /** Files handled per parallel round in batch mode: bounds memory on large folders. */
  private static final int BATCH_CHUNK = 256;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "URL the page was fetched from (resolves links).")
  String url;

  @Option(
      names = "--format",
      paramLabel = "json|text",
      defaultValue = "json",
      description = "Output format (default json).")
  String format;

  @Option(
      names = "--batch",
      paramLabel = "DIR",
      description = "Extract every file of DIR, one JSON line each.")
  Path batch;

  @Option(
      names = "--out",
      paramLabel = "FILE.jsonl",
      description = "Where --batch writes its JSON lines.")
  Path out;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE|-",
      description = "HTML file (gzip accepted) or - for stdin.")
  String input;

  /** Standard input; a field so tests can feed it. */
  InputStream stdin = System.in;

  private final ArticleExtractor extractor = new ArticleExtractor();

  public ExtractCommand() {}

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("json") && !fmt.equals("text")) {
      return fail("--format must be json or text, not " + format);
    }
    if (batch != null) {
      return out == null ? fail("--batch needs --out FILE.jsonl") : runBatch();
    }
    if (input == null) {
      return fail("missing FILE (or - for standard input)");
    }
    byte[] bytes;
    try {
      bytes = input.equals("-") ? PageBytes.read(stdin) : PageBytes.read(Path.of(input));
    } catch (IOException | RuntimeException e) {
      return fail("cannot read " + input + ": " + oneLine(e));
    }
    String pageUrl =
        url != null
            ? url
            : input.equals("-") ? "stdin:" : Path.of(input).toAbsolutePath().toUri().toString();
    return print(extractor.extract(new ExtractRequest(bytes, pageUrl, Optional.empty())), fmt);
  }

  private int print(ExtractResult result, String fmt) {
    PrintWriter w = spec.commandLine().getOut();
    if (result instanceof ExtractResult.Extracted x) {
      w.println(
          fmt.equals("text") ? x.article().text() : ArticleJson.toJson(x.article()).toString());
      w.flush();
      return OK;
    }
    if (result instanceof ExtractResult.NotAnArticle n) {
      err("no article found (" + n.kind().name().toLowerCase(Locale.ROOT) + "): " + n.reason());
      return NOT_ARTICLE;
    }
    return fail(((ExtractResult.Failed) result).reason());
  }

  private int runBatch() {
    List<Path> files;
    try (Stream<Path> s = Files.list(batch)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException | RuntimeException e) {
      return fail("cannot list " + batch + ": " + oneLine(e));
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < files.size(); i += BATCH_CHUNK) {
        List<Path> chunk = files.subList(i, Math.min(files.size(), i + BATCH_CHUNK));
        for (String line : chunk.parallelStream().map(this::batchLine).toList()) {
          w.write(line);
          w.write('\n');
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return fail("cannot write " + out + ": " + oneLine(e));
    }
    err("extracted " + files.size() + " files to " + out);
    return OK;
  }

  /** One JSON line: {@code file} first, then the article fields or the outcome and reason. */
  private String batchLine(Path file) {
    ObjectNode line = JSON.createObjectNode().put("file", file.getFileName().toString());
    try {
      byte[] bytes = PageBytes.read(file);
      String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
      String pageUrl = url != null ? url + name : file.toAbsolutePath().toUri().toString();
      line.setAll(
          ArticleJson.outcome(
              extractor.extract(new ExtractRequest(bytes, pageUrl, Optional.empty()))));
    } catch (IOException | RuntimeException e) {
      line.put("outcome", "error").put("reason", "cannot read: " + oneLine(e));
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }

  private int fail(String message) {
    err("marsad extract: " + message.replace('\n', ' '));
    return ERROR;
  }

  private void err(String message) {
    PrintWriter e = spec.commandLine().getErr();
    e.println(message);
    e.flush();
  }

  /**
   * Reads a page, gunzipping by magic bytes, never more than the extractor accepts plus one byte.
   */
  static final class PageBytes {
    private PageBytes() {}

    static byte[] read(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    }

    static byte[] read(InputStream raw) throws IOException {
      BufferedInputStream in = new BufferedInputStream(raw);
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      InputStream body = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in) : in;
      // One byte over the limit is enough for the extractor to refuse the page; a gzip bomb stops
      // here.
      return body.readNBytes(ArticleExtractor.MAX_BYTES + 1);
    }
  }
}
