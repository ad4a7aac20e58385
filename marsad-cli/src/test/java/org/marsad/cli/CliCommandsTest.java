package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.source.FeedRef;
import org.marsad.source.OpmlCodec;
import org.marsad.source.Outlet;
import picocli.CommandLine;

/** The command-line contracts: exit codes, messages, OPML round trip, --help everywhere. */
class CliCommandsTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) throws IOException {
    Path config = dir.resolve("marsad.properties");
    Files.writeString(
        config,
        "data.dir=" + dir.resolve("data").toString().replace("\\", "/") + "\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  private Path opml(List<Outlet> outlets) throws IOException {
    Path file = dir.resolve("in.opml");
    try (OutputStream out = Files.newOutputStream(file)) {
      OpmlCodec.write(outlets, out);
    }
    return file;
  }

  @Test
  void sourcesImportListExportRoundTrip() throws IOException {
    Outlet outlet =
        new Outlet(
            "sada",
            "صدى المدينة",
            "Sada",
            URI.create("https://sada.example/"),
            "JO",
            "ar",
            List.of(new FeedRef(URI.create("https://sada.example/feed"), FeedRef.Kind.RSS)));
    Run imported = run("sources", "import", opml(List.of(outlet)).toString());
    assertEquals(0, imported.code(), imported.err());
    assertTrue(imported.out().contains("imported 1 outlets with 1 feeds"), imported.out());

    Run list = run("sources", "list");
    assertTrue(
        list.out().contains("sada")
            && list.out().contains("صدى المدينة")
            && list.out().contains("new"),
        list.out());

    Path exported = dir.resolve("out.opml");
    assertEquals(0, run("sources", "export", exported.toString()).code());
    assertEquals(List.of(outlet), OpmlCodec.read(Files.newInputStream(exported)));
  }

  @Test
  void malformedOpmlIsAClearErrorAndImportsNothing() throws IOException {
    Path bad = dir.resolve("bad.opml");
    Files.writeString(bad, "<opml><body><outline text=", StandardCharsets.UTF_8);
    Run r = run("sources", "import", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("marsad sources import: "), r.err());
    assertEquals(1, run("sources", "import", dir.resolve("missing.opml").toString()).code());
    assertEquals("", run("sources", "list").out());
  }

  @Test
  void unknownOptionIsOneLineNamingTheCommand() throws IOException {
    Run r = run("sources", "list", "--colour");
    assertEquals(2, r.code());
    assertEquals(
        "marsad sources list: Unknown option: '--colour' (see 'marsad sources list --help')",
        r.err().strip());
  }

  @Test
  void crawlWithoutSourcesSaysWhatToDo() throws IOException {
    Run r = run("crawl", "--once");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("sources import"), r.err());
  }

  @Test
  void reindexReportsCount() throws IOException {
    Run r = run("reindex");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("reindexed 0 articles"), r.out());
  }

  @Test
  void invalidConfigurationExitsTwoWithEveryProblem() throws IOException {
    Path config = dir.resolve("bad.properties");
    Files.writeString(config, "server.port=http\ncrawl.threads=0\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("--config", config.toString(), "reindex"));
    assertTrue(
        err.toString().contains("server.port") && err.toString().contains("crawl.threads"),
        err.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "demo",
        "serve",
        "crawl",
        "extract",
        "sources",
        "sources import",
        "sources export",
        "sources list",
        "reindex",
        "text",
        "text normalize",
        "text dates",
        "text lang",
        "bench",
        "bench extract",
        "bench crawl"
      })
  void everyCommandHasHelp(String command) throws IOException {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "--help";
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: marsad"), r.out());
  }
}
