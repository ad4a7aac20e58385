package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link LanguageIdFootprint} in a fresh JVM (the models of this one may already be loaded)
 * and checks that the detector stays small: low accuracy mode takes about 12 MB, high accuracy mode
 * about 280 MB, so a bound of 64 MB catches a switch or a much longer language list.
 */
class LanguageIdFootprintTest {

  @Test
  void detectorHeapStaysSmall() throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(java, "-Xmx512m", "-cp", classPath, LanguageIdFootprint.class.getName()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
    assertEquals(0, p.exitValue(), out);
    System.out.println("language id footprint: " + out.strip());
    Map<String, Double> values = new HashMap<>();
    for (String pair : out.strip().split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], Double.parseDouble(kv[1]));
    }
    assertTrue(values.get("heapMB") > 1 && values.get("heapMB") < 64, out);
  }
}
