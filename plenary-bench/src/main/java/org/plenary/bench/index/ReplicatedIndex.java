package org.plenary.bench.index;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plenary.index.Analysis;
import org.plenary.index.DataFolder;

/**
 * A large index made of copies of a smaller one (Lucene's addIndexes, then the merges its merge
 * policy asks for), for measuring searches at a size that would take hours to index on a loaded
 * machine. The copies repeat the smaller index's ids; their text, fields and facets are those of the
 * corpus replicated to the larger size, which is what {@link QueryLatency} builds too (the same 66
 * documents again and again), so the searches of the mix meet the same postings and facet values.
 *
 * <pre>java -cp plenary-bench/target/benchmarks.jar org.plenary.bench.index.ReplicatedIndex SOURCE_DATA TARGET_DATA COPIES</pre>
 */
public final class ReplicatedIndex {
  private ReplicatedIndex() {}

  public static void main(String[] args) throws Exception {
    DataFolder source = new DataFolder(Path.of(args[0]));
    DataFolder target = new DataFolder(Path.of(args[1]));
    int copies = Integer.parseInt(args[2]);
    long start = System.nanoTime();
    try (Directory from = FSDirectory.open(source.index()); Directory to = FSDirectory.open(target.index());
        IndexWriter writer = new IndexWriter(to, new IndexWriterConfig(Analysis.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < copies; i++) {
        writer.addIndexes(from);
      }
      writer.maybeMerge();
      writer.commit();
      System.out.printf("%,d documents in %.0f s%n", writer.getDocStats().numDocs, (System.nanoTime() - start) / 1e9);
    }
  }
}
