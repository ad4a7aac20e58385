package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.text.ArabicAnalyzers;

/**
 * The Lucene index, derived from the database and rebuildable from it at any time. Title, body and
 * tags are each indexed three ways (exact words, normalised, stemmed) so that a query finds an
 * article whatever the clitics, hamza or diacritics, while exact matches rank first.
 */
final class SearchIndex implements AutoCloseable {

  static final String ID = "id";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final List<String> TEXT_FIELDS = List.of("title", "body", "tags");
  static final List<String> VARIANTS = List.of("exact", "norm", "stem");

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  SearchIndex(Path dir) {
    try {
      this.directory = FSDirectory.open(dir);
      this.analyzer = buildAnalyzer();
      this.writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new StoreException("cannot open search index at " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Analyzer buildAnalyzer() {
    Map<String, Analyzer> perField = new java.util.HashMap<>();
    for (String f : TEXT_FIELDS) {
      perField.put(f + ".exact", ArabicAnalyzers.exact());
      perField.put(f + ".norm", ArabicAnalyzers.normalized());
      perField.put(f + ".stem", ArabicAnalyzers.stemmed());
    }
    return new PerFieldAnalyzerWrapper(ArabicAnalyzers.normalized(), perField);
  }

  /** The per-field analyzer documents were indexed with; queries must use the same. */
  Analyzer analyzer() {
    return analyzer;
  }

  void add(IndexDocument d) {
    try {
      writer.updateDocument(new Term(ID, Long.toString(d.id())), document(d));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + d.id(), e);
    }
  }

  private static Document document(IndexDocument d) {
    Document doc = new Document();
    doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
    doc.add(new StringField(SOURCE, d.sourceKey(), Field.Store.NO));
    doc.add(new LongPoint(PUBLISHED, d.published().toEpochMilli()));
    doc.add(new NumericDocValuesField(PUBLISHED, d.published().toEpochMilli()));
    String tags = String.join(" \n ", d.tags());
    for (String v : VARIANTS) {
      doc.add(new TextField("title." + v, d.title(), Field.Store.NO));
      doc.add(new TextField("body." + v, d.body(), Field.Store.NO));
      doc.add(new TextField("tags." + v, tags, Field.Store.NO));
    }
    return doc;
  }

  /** Makes added documents visible to searches and durable. */
  void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit search index", e);
    }
  }

  /** Drops everything and re-adds what the feeder supplies; returns the number of documents. */
  long rebuild(Consumer<Consumer<IndexDocument>> feeder) {
    try {
      writer.deleteAll();
      long[] count = {0};
      feeder.accept(
          d -> {
            add(d);
            count[0]++;
          });
      commit();
      return count[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild search index", e);
    }
  }

  long size() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read search index", e);
    }
  }

  /** Hits as article ids, best first, with the total count of matches. */
  record Found(long total, List<Long> ids) {}

  Found search(Query query, int limit, int offset) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs top = s.search(query, Math.max(1, offset + limit));
        List<Long> ids = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
          ids.add(Long.parseLong(s.storedFields().document(docs[i].doc).get(ID)));
        }
        return new Found(s.count(query), ids);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  static boolean exists(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close search index", e);
    }
  }
}
