package org.plenary.solr;

import java.nio.file.Path;
import java.util.List;
import org.plenary.Plenary;
import org.plenary.index.DataFolder;
import org.plenary.index.IndexSummary;
import org.plenary.index.Indexer;

/**
 * An indexing run into a collection in a JVM of its own, as {@code plenary index --solr} runs it,
 * for a test to kill: {@code SolrIndexRun ZK_ADDRESS COLLECTION DATA_FOLDER FOLDER}.
 */
public final class SolrIndexRun {
  private SolrIndexRun() {}

  public static void main(String[] args) throws Exception {
    try (SolrIndex index = SolrIndex.open(SolrAddress.parse(args[0]), args[1])) {
      IndexSummary summary = new Indexer(Plenary.create(), index, new DataFolder(Path.of(args[2])), 2, 10).run(List.of(Path.of(args[3])), (d, t, f, s) -> { });
      System.out.println(summary.indexed() + " indexed, " + summary.skipped() + " skipped, " + summary.failed().size() + " failed");
      System.exit(summary.failed().isEmpty() ? 0 : 1);
    }
  }
}
