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
 * Where the commands find the index: the data folder, with the embedded index inside (the
 * default), or a SolrCloud collection given by {@code --solr} and {@code --collection}. The data
 * folder keeps the source files and records either way. The one place that chooses the engine;
 * the commands see only {@link SearchIndex}.
 */
final class IndexOptions {
  @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "plenary-data",
      description = "The data folder: sources and records, and the embedded index (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--solr", paramLabel = "ZK_OR_URL",
      description = {"Search a SolrCloud collection instead of the embedded index: its ZooKeeper",
          "(HOST:PORT[,HOST:PORT][/chroot]) or Solr URLs (http://HOST:8983/solr[,...])."})
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr).")
  String collection;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** The embedded index of a data folder, as {@code --data DIR} gives it. */
  static IndexOptions of(Path data) {
    IndexOptions options = new IndexOptions();
    options.data = data;
    return options;
  }

  DataFolder folder() {
    return new DataFolder(data);
  }

  /** Opens the index for searching; {@link java.io.FileNotFoundException} when there is none. */
  SearchIndex openForReading() throws IOException {
    return solr() ? SolrIndex.open(address(), collection) : LuceneIndex.forReading(folder());
  }

  /** Opens the index for writing, creating the embedded one if needed. */
  SearchIndex openForWriting() throws IOException {
    return solr() ? SolrIndex.open(address(), collection) : LuceneIndex.forWriting(folder());
  }

  /** The index as a person reads it, for messages. */
  String describe() {
    return solr() ? "the collection " + collection + " on " + address() : "the index in " + folder().root();
  }

  private boolean solr() {
    if ((solr == null) != (collection == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), solr == null
          ? "--collection names a SolrCloud collection: give the cluster with --solr ZK_OR_URL"
          : "--solr needs the collection: --collection NAME");
    }
    return solr != null;
  }

  private SolrAddress address() {
    try {
      return SolrAddress.parse(solr);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--solr: " + e.getMessage());
    }
  }
}
