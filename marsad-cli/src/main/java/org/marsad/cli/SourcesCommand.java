package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.Marsad;
import org.marsad.source.DefaultOutlets;
import org.marsad.source.OpmlCodec;
import org.marsad.source.OpmlException;
import org.marsad.source.Outlet;
import org.marsad.store.FeedState;
import org.marsad.store.SourceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Manages the outlets Marsad follows: OPML import and export, the bundled default list, a listing.
 */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Import, export and list the outlets Marsad follows.",
    subcommands = {
      SourcesCommand.Import.class,
      SourcesCommand.Export.class,
      SourcesCommand.ListSources.class
    })
public final class SourcesCommand implements Runnable {

  @ParentCommand MarsadCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code marsad sources import FILE.opml|-} or {@code --defaults}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Add or update outlets from an OPML file (or - for stdin).")
  static final class Import implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "OPML file to import.")
    String file;

    @Option(names = "--defaults", description = "Import the bundled list of Arabic news outlets.")
    boolean defaults;

    @Override
    public Integer call() throws IOException {
      if ((file == null) == !defaults) {
        spec.commandLine()
            .getErr()
            .println("marsad sources import: give an OPML FILE (or -) or --defaults");
        return 2;
      }
      List<Outlet> outlets = new ArrayList<>(defaults ? DefaultOutlets.load() : List.of());
      if (file != null) {
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
          outlets.addAll(OpmlCodec.read(in));
        } catch (OpmlException | NoSuchFileException e) {
          spec.commandLine()
              .getErr()
              .println(
                  "marsad sources import: "
                      + (e instanceof NoSuchFileException ? "no such file: " : "")
                      + e.getMessage());
          return 1;
        }
      }
      try (Marsad marsad = Marsad.open(parent.root.loadConfig())) {
        marsad.importOutlets(outlets);
        long feeds = outlets.stream().mapToLong(o -> o.feeds().size()).sum();
        spec.commandLine()
            .getOut()
            .printf(Locale.ROOT, "imported %d outlets with %d feeds%n", outlets.size(), feeds);
      }
      return 0;
    }
  }

  /** {@code marsad sources export [FILE|-]}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Write the outlets as OPML to FILE (default: stdout).")
  static final class Export implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "FILE|-",
        defaultValue = "-",
        description = "Where to write the OPML.")
    String file;

    @Override
    public Integer call() throws IOException {
      try (Marsad marsad = Marsad.open(parent.root.loadConfig())) {
        List<Outlet> outlets = marsad.store().outlets();
        if (file.equals("-")) {
          OpmlCodec.write(outlets, System.out);
          System.out.flush();
        } else {
          try (OutputStream out = Files.newOutputStream(Path.of(file))) {
            OpmlCodec.write(outlets, out);
          }
          spec.commandLine()
              .getErr()
              .printf(Locale.ROOT, "exported %d outlets to %s%n", outlets.size(), file);
        }
      }
      return 0;
    }
  }

  /** {@code marsad sources list}: every outlet and the crawl state of its feeds. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List outlets and the crawl state of their feeds.")
  static final class ListSources implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Marsad marsad = Marsad.open(parent.root.loadConfig())) {
        for (SourceView s : marsad.store().sources()) {
          out.printf(
              Locale.ROOT,
              "%-24s %-2s %5d articles  %s / %s%n",
              s.key(),
              s.country(),
              s.articleCount(),
              s.nameLatin(),
              s.nameAr());
          for (FeedState f : s.feeds()) {
            out.printf(
                Locale.ROOT,
                "    %-9s %-12s %s%s%n",
                f.status(),
                f.kind(),
                f.url(),
                f.lastError().map(e -> "  (" + e + ")").orElse(""));
          }
        }
      }
      return 0;
    }
  }
}
