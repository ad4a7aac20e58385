package org.marsad.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: source → crawl → extract → enrich → store → web → cli, with text beneath them
 * all. The Maven modules already make most backward imports fail to compile; this test also pins
 * the rules the module graph alone allows (crawl must not reach extract, extract must not reach
 * crawl, stages must not leak framework types) and fails with a readable message.
 */
class StageDependencyTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marsad");
  }

  @Test
  void stagesOnlyDependOnEarlierStages() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("text")
        .definedBy("org.marsad.text..")
        .layer("source")
        .definedBy("org.marsad.source..")
        .layer("crawl")
        .definedBy("org.marsad.crawl..")
        .layer("extract")
        .definedBy("org.marsad.extract..")
        .layer("enrich")
        .definedBy("org.marsad.enrich..")
        .layer("store")
        .definedBy("org.marsad.store..")
        .layer("web")
        .definedBy("org.marsad.web..")
        .layer("demo")
        .definedBy("org.marsad.demo..")
        .layer("app")
        .definedBy("org.marsad.app..", "org.marsad.cli..")
        .whereLayer("app")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("demo")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("web", "app")
        .whereLayer("enrich")
        .mayOnlyBeAccessedByLayers("store", "web", "app")
        .whereLayer("extract")
        .mayOnlyBeAccessedByLayers("enrich", "store", "web", "app")
        .whereLayer("crawl")
        .mayOnlyBeAccessedByLayers("enrich", "store", "web", "app")
        .whereLayer("source")
        .mayOnlyBeAccessedByLayers("crawl", "extract", "enrich", "store", "web", "demo", "app")
        .check(classes);
  }

  @Test
  void textDependsOnNoStage() {
    noClasses()
        .that()
        .resideInAPackage("org.marsad.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.marsad.source..",
            "org.marsad.crawl..",
            "org.marsad.extract..",
            "org.marsad.enrich..",
            "org.marsad.store..",
            "org.marsad.web..",
            "org.marsad.cli..",
            "org.marsad.app..")
        .check(classes);
  }

  @Test
  void extractionIsPureOfServerAndStorageLibraries() {
    noClasses()
        .that()
        .resideInAPackage("org.marsad.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.javalin..", "java.net.http..", "java.sql..", "org.apache.lucene..", "gg.jte..")
        .check(classes);
  }

  @Test
  void frameworkTypesStayInTheirStage() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.marsad.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "gg.jte..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.marsad.extract..",
            "org.marsad.crawl..",
            // the extraction benchmark times a bare jsoup parse as its speed floor
            "org.marsad.cli.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jsoup..")
        .check(classes);
  }
}
