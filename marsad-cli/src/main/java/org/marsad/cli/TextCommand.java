package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DateMatch;
import org.marsad.text.DateScanner;
import org.marsad.text.LanguageGuess;
import org.marsad.text.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad text ...}: the Arabic text layer from the shell. Input is a file or "-" for
 * standard input, always read as UTF-8 (malformed bytes become U+FFFD rather than an error). Output
 * goes to the command line's writers so tests and the main command can redirect it.
 */
@Command(
    name = "text",
    description = "Arabic text layer: normalise, find dates, identify language.",
    mixinStandardHelpOptions = true,
    subcommands = {TextCommand.Normalize.class, TextCommand.Dates.class, TextCommand.Lang.class})
public class TextCommand implements Runnable {

  @Spec CommandSpec spec;

  public TextCommand() {}

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: normalize, dates or lang");
  }

  /** Prints each input line in matching form. */
  @Command(
      name = "normalize",
      description = "Print each line normalised for matching.",
      mixinStandardHelpOptions = true)
  static final class Normalize implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-")
    String input;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ArabicNormalizer n = ArabicNormalizer.standard();
      return withReader(
          spec,
          input,
          r -> {
            BufferedReader lines = new BufferedReader(r);
            String line;
            while ((line = lines.readLine()) != null) {
              out.println(n.normalize(line));
            }
          });
    }
  }

  /** One JSON line per date expression: {text, start, end, value}. */
  @Command(
      name = "dates",
      description = "Print one JSON line per date expression found.",
      mixinStandardHelpOptions = true)
  static final class Dates implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--ref",
        paramLabel = "ISO-DATE-TIME",
        description = "Reference time for relative dates and missing years (default: now, UTC).")
    String ref;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-")
    String input;

    @Override
    public Integer call() {
      ZonedDateTime reference =
          ref == null
              ? ZonedDateTime.now(ZoneOffset.UTC)
              : parseReference(ref)
                  .orElseThrow(
                      () ->
                          new ParameterException(
                              spec.commandLine(),
                              "--ref must be an ISO-8601 date or date-time, e.g. 2024-12-10T12:00:00+03:00, not: "
                                  + ref));
      PrintWriter out = spec.commandLine().getOut();
      return withReader(
          spec,
          input,
          r -> {
            for (DateMatch m : DateScanner.scan(readAll(r), reference)) {
              out.println(
                  "{\"text\":"
                      + Json.quote(m.text())
                      + ",\"start\":"
                      + m.start()
                      + ",\"end\":"
                      + m.end()
                      + ",\"value\":"
                      + Json.quote(m.value())
                      + "}");
            }
          });
    }
  }

  /** {lang, confidence} for the whole input. */
  @Command(
      name = "lang",
      description = "Print the language of the input as JSON.",
      mixinStandardHelpOptions = true)
  static final class Lang implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-")
    String input;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return withReader(
          spec,
          input,
          r -> {
            LanguageGuess g = LanguageIdentifier.identify(readAll(r));
            out.println(
                "{\"lang\":"
                    + Json.quote(g.lang())
                    + ",\"confidence\":"
                    + String.format(Locale.ROOT, "%.3f", g.confidence())
                    + "}");
          });
    }
  }

  /** ISO date-time with offset or zone, local date-time (UTC) or date (UTC midnight). */
  static Optional<ZonedDateTime> parseReference(String s) {
    try {
      return Optional.of(ZonedDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not zoned; try the plainer forms
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toZonedDateTime());
    } catch (DateTimeParseException e) {
      // not with an offset either
    }
    try {
      return Optional.of(LocalDateTime.parse(s).atZone(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // maybe a date
    }
    try {
      return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @FunctionalInterface
  interface ReaderBody {
    void accept(Reader r) throws IOException;
  }

  /**
   * Opens FILE or stdin as lenient UTF-8; a missing or unreadable file is exit code 1 with a
   * message.
   */
  static int withReader(CommandSpec spec, String input, ReaderBody body) {
    try (InputStream in =
            input.equals("-") ? nonClosing(System.in) : Files.newInputStream(Path.of(input));
        Reader r =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      body.accept(r);
      spec.commandLine().getOut().flush();
      return 0;
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("marsad text: cannot read " + input + ": " + describe(e));
      return 1;
    }
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "no such file"
        : String.valueOf(e.getMessage());
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process, not to this command
      }
    };
  }

  static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[16_384];
    int n;
    while ((n = r.read(buf)) > 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** Minimal JSON string quoting; lone surrogates are escaped so the output stays valid UTF-8. */
  static final class Json {
    private Json() {}

    static String quote(String s) {
      StringBuilder b = new StringBuilder(s.length() + 2).append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean pairStart =
            Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        if (pairStart) {
          b.append(c).append(s.charAt(++i));
        } else if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
          b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
      return b.append('"').toString();
    }
  }
}
