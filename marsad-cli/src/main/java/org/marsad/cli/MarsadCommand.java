package org.marsad.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.marsad.app.ConfigLoader;
import org.marsad.app.MarsadConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the configuration every subcommand loads. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "مرصد — Arabic news aggregation and monitoring engine.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      CrawlCommand.class,
      ExtractCommand.class,
      SourcesCommand.class,
      ReindexCommand.class,
      TextCommand.class,
      BenchCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class MarsadCommand implements Runnable {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (Java properties, UTF-8); default: $MARSAD_CONFIG, else built-in defaults.")
  Path config;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Loads and validates the configuration: defaults, then the file, then MARSAD_* variables. */
  MarsadConfig loadConfig() {
    return ConfigLoader.load(Optional.ofNullable(config), System.getenv());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
