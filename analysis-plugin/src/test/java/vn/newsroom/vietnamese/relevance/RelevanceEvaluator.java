package vn.newsroom.vietnamese.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** Indexes the fixture in memory under one configuration (BM25, as Elasticsearch) and runs every query. */
final class RelevanceEvaluator {

    static final int DEPTH = 10;
    private static final String ID = "id";

    private RelevanceEvaluator() {}

    static List<QueryOutcome> evaluate(SearchConfiguration configuration, RelevanceFixture fixture) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(configuration, fixture.documents(), directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                StoredFields stored = searcher.storedFields();
                List<QueryOutcome> outcomes = new ArrayList<>();
                for (FixtureQuery query : fixture.queries()) {
                    List<String> ranked = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(configuration.query(query.text()), DEPTH).scoreDocs) {
                        ranked.add(stored.document(hit.doc).get(ID));
                    }
                    outcomes.add(new QueryOutcome(query, List.copyOf(ranked)));
                }
                return outcomes;
            }
        }
    }

    private static void index(SearchConfiguration configuration, List<FixtureDocument> documents, Directory directory)
            throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(configuration.indexAnalyzer()))) {
            for (FixtureDocument fixtureDocument : documents) {
                Document document = new Document();
                document.add(new StringField(ID, fixtureDocument.id(), Field.Store.YES));
                for (SearchField field : configuration.fields()) {
                    document.add(new TextField(field.name(), fixtureDocument.text(), Field.Store.NO));
                }
                writer.addDocument(document);
            }
        }
    }
}
