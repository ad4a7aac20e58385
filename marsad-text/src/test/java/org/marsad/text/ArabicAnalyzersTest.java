package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search recall over an in-memory index of short news lines written for this test. */
class ArabicAnalyzersTest {

  private static final String[] DOCS = {
    "قال الوزير إن الحكومة ستفتح المدارس الأسبوع المقبل",
    "التقى وزير الخارجية نظيره في العاصمة",
    "وصل الوزيرُ إلى المطار صباحاً",
    "أعلنت وزارة الصحة عن حملة تطعيم جديدة",
    "افتتحت المدرسة الجديدة في اللاذقية أبوابها",
    "شهدت اللاذقية أمطاراً غزيرة أمس",
    "عاد مصطفى إلى بيروت بعد غياب طويل",
    "قابل الصحفيون مصطفى في المؤتمر",
    "المؤتمر الصحفي عُقد في القاهرة",
    "يبحث المسؤولون في القاهرة ملف المياه",
    "وقّع الرئيس على قانون الانتخابات",
    "رئيس البرلمان يرفض القانون الجديد",
    "ارتفعت أسعار النفط في الأسواق",
    "سعر الذهب يسجل رقماً قياسياً",
    "المدينة تستعد لمهرجان الكتاب",
    "بالمدينة القديمة أسواق تاريخية",
    "مدينتها الساحلية جذبت السياح",
    "طلاب الجامعة يحتجون على الرسوم",
    "الطالب الفائز حصل على منحة",
    "أكد المتحدث أن المفاوضات مستمرة",
    "مفاوضات السلام تتعثر من جديد",
    "الأمطار أغلقت الطرق في الجبال",
    "مطر خفيف يتساقط على الساحل",
    "إنتاج القمح تراجع هذا العام",
    "انتاج الكهرباء يرتفع في الصيف",
    "وللمدرسة تاريخ طويل في الحي",
    "فالمدرسة أغلقت بسبب العاصفة",
    "كتابهم الجديد يتناول تاريخ المنطقة",
    "معرض الكتاب يستقبل الزوار",
    "الأخبار العاجلة تصل تباعاً",
    "خبر عاجل من غزة",
    "بغزة انقطعت الكهرباء مجدداً",
    "The minister said the talks will continue",
  };

  private static ByteBuffersDirectory dir;
  private static DirectoryReader reader;
  private static Analyzer stemmed;

  @BeforeAll
  static void index() throws IOException {
    stemmed = ArabicAnalyzers.stemmed();
    dir = new ByteBuffersDirectory();
    Analyzer perField =
        new PerFieldAnalyzerWrapper(
            stemmed,
            java.util.Map.of(
                "exact", ArabicAnalyzers.exact(), "norm", ArabicAnalyzers.normalized()));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
      for (int i = 0; i < DOCS.length; i++) {
        Document d = new Document();
        d.add(new StoredField("id", i));
        d.add(new TextField("stem", DOCS[i], Field.Store.NO));
        d.add(new TextField("exact", DOCS[i], Field.Store.NO));
        d.add(new TextField("norm", DOCS[i], Field.Store.NO));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static Set<Integer> search(String field, Analyzer analyzer, String text)
      throws IOException {
    Query q = new QueryBuilder(analyzer).createBooleanQuery(field, text);
    Set<Integer> ids = new TreeSet<>();
    if (q == null) {
      return ids;
    }
    IndexSearcher s = new IndexSearcher(reader);
    for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
      ids.add(s.storedFields().document(sd.doc).getField("id").numericValue().intValue());
    }
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وزير|الوزير|والوزير|بالوزير|للوزير|فالوزير|الوزيرُ|وزيرهم",
        "مدرسة|المدرسة|والمدرسة|للمدرسة|فالمدرسة|بالمدرسة|مدرسه|المدرسه",
        "اللاذقية|واللاذقية|باللاذقية|اللاذقيه|اللّاذِقِيَّة",
        "مصطفى|ومصطفى|لمصطفى|مصطفي|مُصْطَفَى",
        "المؤتمر|مؤتمر|والمؤتمر|المءتمر|بالمؤتمر",
        "إنتاج|انتاج|أنتاج|الإنتاج|والانتاج",
        "القاهرة|والقاهرة|بالقاهرة|القاهره",
        "مدينة|المدينة|بالمدينة|مدينتها|والمدينة",
        "كتاب|الكتاب|كتابهم|وكتاب|بالكتاب",
        "غزة|بغزة|وغزة|لغزة",
        "الأمطار|أمطار|امطار|والأمطار",
      })
  void everyVariantFindsTheSameDocuments(String variantsLine) throws IOException {
    String[] variants = variantsLine.split("\\|");
    Set<Integer> expected = search("stem", stemmed, variants[0]);
    assertFalse(expected.isEmpty(), variants[0]);
    for (String v : variants) {
      assertEquals(expected, search("stem", stemmed, v), v);
    }
  }

  @Test
  void variantsReachDocumentsWrittenEachWay() throws IOException {
    Set<Integer> minister = search("stem", stemmed, "الوزير");
    assertTrue(minister.containsAll(Set.of(0, 1, 2)), minister.toString());
    Set<Integer> school = search("stem", stemmed, "مدرسة");
    assertTrue(school.containsAll(Set.of(4, 25, 26)), school.toString());
    assertTrue(search("stem", stemmed, "إنتاج").containsAll(Set.of(23, 24)));
  }

  @Test
  void namesAreNotOverStemmed() throws IOException {
    assertEquals(List.of("اللاذقيه"), terms(stemmed, "اللاذقية"));
    assertEquals(List.of("مصطفي"), terms(stemmed, "مصطفى"));
    assertTrue(terms(stemmed, "واللاذقية").contains("اللاذقيه"));
    assertFalse(terms(stemmed, "واللاذقية").contains("لاذق"));
    assertEquals(Set.of(4, 5), search("stem", stemmed, "اللاذقية"));
    assertEquals(Set.of(6, 7), search("stem", stemmed, "مصطفى"));
  }

  @Test
  void normalizedFieldFoldsSpellingButNotClitics() throws IOException {
    Analyzer norm = ArabicAnalyzers.normalized();
    assertEquals(List.of("الموتمر", "الصحفي", "عقد"), terms(norm, "المؤتمرُ الصحفيّ عُقد"));
    assertEquals(search("norm", norm, "انتاج"), search("norm", norm, "إنتاج"));
    assertFalse(search("norm", norm, "الوزير").contains(1));
  }

  @Test
  void exactFieldKeepsSpellingAndLowersCase() throws IOException {
    Analyzer exact = ArabicAnalyzers.exact();
    assertEquals(List.of("الوزيرُ", "minister", "لا"), terms(exact, "الوزيرُ Minister ﻻ"));
    assertEquals(Set.of(2), search("exact", exact, "الوزيرُ"));
    assertEquals(Set.of(32), search("exact", exact, "MINISTER"));
  }

  @Test
  void phraseSearchUsesPositions() throws IOException {
    Analyzer norm = ArabicAnalyzers.normalized();
    Query phrase = new QueryBuilder(norm).createPhraseQuery("norm", "وزير الخارجية");
    IndexSearcher s = new IndexSearcher(reader);
    assertEquals(1, s.count(phrase));
    Query reversed = new QueryBuilder(norm).createPhraseQuery("norm", "الخارجية وزير");
    assertEquals(0, s.count(reversed));
  }

  @Test
  void badInputNeverThrows() throws IOException {
    String bad = "\uD800ال\uDC00وزير\u0000 \u202B😀ـــ ﷺ " + "ب".repeat(10_000);
    for (Analyzer a : List.of(ArabicAnalyzers.exact(), ArabicAnalyzers.normalized(), stemmed)) {
      assertFalse(terms(a, bad).isEmpty());
      assertTrue(terms(a, "").isEmpty());
    }
    assertEquals(List.of("ـــ"), terms(ArabicAnalyzers.exact(), "ـــ ... ً"));
    List<String> pieces = terms(ArabicAnalyzers.exact(), "ب".repeat(600));
    assertEquals(List.of(255, 255, 90), pieces.stream().map(String::length).toList());
    assertTrue(terms(ArabicAnalyzers.normalized(), "ـــ ... ً").isEmpty());
    assertTrue(terms(stemmed, "ـــ ... ً").isEmpty());
  }

  @Test
  void hugeUnbrokenInputIndexes() throws IOException {
    String huge = "كلمة".repeat(2_500_000);
    try (ByteBuffersDirectory d = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(stemmed))) {
      Document doc = new Document();
      doc.add(new TextField("stem", huge, Field.Store.NO));
      w.addDocument(doc);
      assertEquals(1, w.getDocStats().numDocs);
    }
  }

  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
