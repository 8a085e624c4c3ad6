package org.plenary.app;

import java.io.IOException;
import java.nio.file.Path;
import org.plenary.index.DataFolder;
import org.plenary.index.LuceneIndex;
import org.plenary.index.SearchIndex;
import org.plenary.solr.SolrAddress;
import org.plenary.solr.SolrIndex;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where the commands find the index: the embedded index of a data folder (the default), or a
 * SolrCloud collection, which holds the records and sources itself.
 */
final class IndexLocation {
  @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "plenary-data",
      description = "The data folder of the embedded index (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--solr", paramLabel = "ZK_OR_URL",
      description = {"Use a SolrCloud collection instead of a data folder: its ZooKeeper (HOST:PORT[,HOST:PORT][/chroot])",
          "or Solr URLs (http://HOST:8983/solr[,...]). The collection holds records and sources too."})
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr).")
  String collection;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  boolean isSolr() {
    check();
    return solr != null;
  }

  /** Opens the index for searching; the data folder's index must exist. */
  SearchIndex forReading() throws IOException {
    return isSolr() ? SolrIndex.open(address(), collection) : LuceneIndex.forReading(new DataFolder(data));
  }

  /** Opens the index for writing, creating a data folder's index if needed. */
  SearchIndex forWriting() throws IOException {
    return isSolr() ? SolrIndex.open(address(), collection) : LuceneIndex.forWriting(new DataFolder(data));
  }

  /** The index as a person reads it, for messages. */
  String describe() {
    return isSolr() ? "the collection " + collection + " on " + address() : new DataFolder(data).root().toString();
  }

  private SolrAddress address() {
    try {
      return SolrAddress.parse(solr);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--solr: " + e.getMessage());
    }
  }

  private void check() {
    if ((solr == null) != (collection == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), solr == null
          ? "--collection names a SolrCloud collection: give the cluster with --solr ZK_OR_URL"
          : "--solr needs the collection: --collection NAME");
    }
  }
}
