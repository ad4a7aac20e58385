package org.marsad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loaders against the real sets (skipped without ../shared). */
class BenchSetsTest {

  private static Path data;

  @BeforeAll
  static void findData() {
    assumeTrue(SharedBench.find().isPresent(), "../shared/bench is absent");
    data = SharedBench.find().get();
  }

  @Test
  void loadsEveryPageOfEverySet() throws IOException {
    Workload w = Workload.load(data, 0);
    assertEquals(181, w.zyte().size());
    assertEquals(989, w.trafilatura().size());
    assertEquals(989, w.htmldate().size());
    assertEquals(257, w.fundus().size());
    assertTrue(w.allPages().stream().allMatch(p -> Files.isRegularFile(p.file())));
    long unlabelled = w.htmldate().stream().filter(l -> l.truth().isEmpty()).count();
    assertEquals(5, unlabelled, "htmldate's NaN labels");
  }

  @Test
  void limitTakesTheSamePagesEveryTime() throws IOException {
    List<Labeled<String>> three = BenchSets.zyte(data, 3);
    assertEquals(3, three.size());
    assertEquals(BenchSets.zyte(data, 0).subList(0, 3), three);
  }

  @Test
  void fundusVersionsMatchPagesInOrder() throws IOException {
    List<Labeled<FundusAgreement.Expected>> fundus = BenchSets.fundus(data, 0);
    assertTrue(fundus.stream().allMatch(l -> l.page().url().startsWith("http")));
    // Where a publisher has several versions, version n must label the n-th page: its title is in
    // that page (verbatim, unless the page escapes it) and never only in a sibling's page.
    Map<String, List<Labeled<FundusAgreement.Expected>>> byPublisher =
        fundus.stream()
            .collect(
                Collectors.groupingBy(
                    l ->
                        l.page()
                            .id()
                            .substring(0, l.page().id().length() - "_2024_05_03".length())));
    int titles = 0;
    int inOwnPage = 0;
    for (List<Labeled<FundusAgreement.Expected>> versions : byPublisher.values()) {
      if (versions.size() < 2) {
        continue;
      }
      List<String> pages = new ArrayList<>();
      for (Labeled<FundusAgreement.Expected> l : versions) {
        pages.add(new String(Gz.read(l.page().file()), StandardCharsets.UTF_8));
      }
      for (int i = 0; i < versions.size(); i++) {
        String title = versions.get(i).truth().title().orElse("");
        if (title.isEmpty()) {
          continue;
        }
        titles++;
        boolean own = pages.get(i).contains(title);
        inOwnPage += own ? 1 : 0;
        boolean sibling = pages.stream().filter(p -> p.contains(title)).count() > (own ? 1 : 0);
        assertFalse(
            sibling && !own,
            versions.get(i).page().id() + " is labelled with a sibling page's title");
      }
    }
    assertTrue(titles > 100, "titles of multi-version fixtures: " + titles);
    assertTrue(
        inOwnPage >= titles * 0.9, inOwnPage + " of " + titles + " titles found in their page");
  }
}
