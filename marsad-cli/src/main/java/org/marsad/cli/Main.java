package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.marsad.app.ConfigException;
import picocli.CommandLine;

/** Entry point of the {@code marsad} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs a command line and returns its exit code (0 ok, 1 error, 2 bad usage or configuration).
   */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MarsadCommand());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine cmd = e.getCommandLine();
          String name = cmd.getCommandSpec().qualifiedName();
          cmd.getErr().println(name + ": " + oneLine(e) + " (see '" + name + " --help')");
          return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof ConfigException) {
            cmd.getErr().println("marsad: " + e.getMessage());
            return 2;
          }
          cmd.getErr().println("marsad " + cmd.getCommandName() + ": " + oneLine(e));
          return 1;
        });
    return cli;
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }
}
