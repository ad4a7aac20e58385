package org.marsad.text;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH throughput of the text layer, single thread (per core), on 1 MB of synthetic news text
 * written for this project (sentences with vocalised words, clitics, dates in several namings,
 * emoji). Run: {@code ./mvnw -q -pl marsad-text test -Dtest=TextBenchmarksRun -Dmarsad.bench=true}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TextBenchmarks {

  static final String[] SENTENCES = {
    "قالَ الوزيرُ في مؤتمرٍ صحفيٍّ عُقد في العاصمة إنّ الحكومة ستعلن خطتها الجديدة.",
    "وأكد المتحدث باسم الوزارة أن الاجتماع سيعقد الأحد 8 كانون الأول/ ديسمبر 2024 - 14:30 بتوقيت القدس.",
    "وشهدت الأسواق ارتفاعاً في أسعار الخضار والفواكه خلال الأسبوع الماضي 📈.",
    "نُشر هذا الخبر منذ ساعتين، وقد تابعه آلاف القراء على المواقع الإخبارية.",
    "وفي ١٥ يناير ٢٠٢٤ افتتحت المدرسة الجديدة أبوابها أمام الطلاب والطالبات.",
    "The ministry announced on 15th, December 2023 GMT that talks would continue.",
    "وقال مسؤولون في اللاذقية إن الأمطار أغلقت الطرق بين القرى الجبلية.",
    "وتوقع الخبراء أن يستمر النمو الاقتصادي حتى نهاية العام المقبل رغم التحديات.",
    "وأوضح البيان الصادر في 7 جمادى الآخرة 1446 هـ أن اللجنة أنهت أعمالها.",
    "ويعيش سكان الحي ظروفاً صعبة منذ أشهر بسبب انقطاع الكهرباء والماء.",
  };

  private String text;
  private int bytes;
  private ZonedDateTime reference;
  private ArabicNormalizer normalizer;

  @Setup
  public void setUp() {
    text = corpus(1_000_000);
    bytes = text.getBytes(StandardCharsets.UTF_8).length;
    reference = ZonedDateTime.of(2024, 12, 10, 12, 0, 0, 0, ZoneId.of("Asia/Riyadh"));
    normalizer = ArabicNormalizer.standard();
  }

  /** About {@code size} UTF-8 bytes of the sentences above in a fixed pseudo-random order. */
  static String corpus(int size) {
    Random r = new Random(42);
    StringBuilder b = new StringBuilder();
    while (b.toString().getBytes(StandardCharsets.UTF_8).length < size) {
      for (int i = 0; i < 200; i++) {
        b.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(i % 7 == 0 ? "\n" : " ");
      }
    }
    return b.toString();
  }

  @Benchmark
  public List<Token> normalizeAndTokenize() {
    return ArabicTokenizer.tokenize(normalizer.normalize(text));
  }

  @Benchmark
  public List<DateMatch> dateScan() {
    return DateScanner.scan(text, reference);
  }

  @Benchmark
  public LanguageGuess identifyLanguage() {
    return LanguageIdentifier.identify(text);
  }

  /** Runs every benchmark and prints MB/s per core; returns "name MB/s" lines. */
  public static List<String> run() throws RunnerException {
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().include(TextBenchmarks.class.getName() + "\\.").build())
            .run();
    TextBenchmarks probe = new TextBenchmarks();
    probe.setUp();
    double megabytes = probe.bytes / 1_000_000.0;
    return results.stream()
        .map(
            r ->
                String.format(
                    Locale.ROOT,
                    "%s %.1f MB/s (%.2f ms per %.2f MB)",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    megabytes / (r.getPrimaryResult().getScore() / 1000.0),
                    r.getPrimaryResult().getScore(),
                    megabytes))
        .toList();
  }

  public static void main(String[] args) throws RunnerException {
    run().forEach(System.out::println);
  }
}
