package org.plenary.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.plenary.solr.CollectionCreator;
import org.plenary.solr.ConfigsetWriter;
import org.plenary.solr.SolrAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code plenary solr}: prepares a SolrCloud cluster for plenary's documents. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = {
        "Prepares a SolrCloud cluster (Solr 9) to hold plenary's index beyond one machine: the",
        "same fields and analysis as the embedded index, so searches give the same answers.",
        "Then give --solr ZK_OR_URL --collection NAME to index, search, serve and export.",
        "The Solr nodes need the analysis-extras module (Chinese): SOLR_MODULES=analysis-extras."},
    subcommands = {SolrCommand.Create.class, SolrCommand.Configset.class, CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  plenary solr create --zk localhost:2181 --collection un --shards 2 --replicas 2",
        "  plenary solr configset solr-conf/"})
final class SolrCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed (create, configset)");
  }

  /** {@code plenary solr create}: uploads the configset and creates a collection. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
          "Uploads plenary's configset (named after the collection) and creates the collection,",
          "waiting until every replica is active. A collection that exists already is left alone.",
          "Exit status: 0 when created, 1 when Solr refused (the reason is printed), 2 for a usage error."},
      footer = {"", "Example:", "  plenary solr create --zk zk1:2181,zk2:2181/solr --collection un --shards 4 --replicas 2"})
  static final class Create implements Callable<Integer> {
    @Option(names = "--zk", paramLabel = "ZK_OR_URL", required = true,
        description = "The cluster's ZooKeeper, HOST:PORT[,HOST:PORT][/chroot] (or Solr URLs, http://HOST:8983/solr).")
    String zk;

    @Option(names = "--collection", paramLabel = "NAME", required = true, description = "The collection to create.")
    String collection;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
        description = "Split the collection into N shards (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "2",
        description = "Keep R copies of each shard, on different nodes where there are enough (default: ${DEFAULT-VALUE}).")
    int replicas;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--collection '" + collection + "': use letters, digits, '.', '_' and '-'");
      }
      if (shards < 1 || replicas < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--shards and --replicas must be at least 1");
      }
      SolrAddress address;
      try {
        address = SolrAddress.parse(zk);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--zk: " + e.getMessage());
      }
      try (CloudSolrClient client = address.connect()) {
        new CollectionCreator(client).create(collection, shards, replicas);
      } catch (IOException | RuntimeException e) {
        err.println("plenary: cannot create the collection " + collection + " on " + address + ": " + e.getMessage());
        return 1;
      }
      err.printf("Created the collection %s on %s: %d shard(s), %d replica(s) each.%n"
          + "Index into it with: plenary index --solr %s --collection %s DIR%n", collection, address, shards, replicas,
          address, collection);
      err.flush();
      return 0;
    }
  }

  /** {@code plenary solr configset}: writes the configset into a folder. */
  @Command(
      name = "configset",
      mixinStandardHelpOptions = true,
      description = {
          "Writes plenary's Solr configset into a folder: schema.xml (the fields and the analysis",
          "chains, generated from those of the embedded index), solrconfig.xml and the word lists.",
          "For uploading by hand (bin/solr zk upconfig); 'plenary solr create' uploads it itself."},
      footer = {"", "Example:", "  plenary solr configset solr-conf/ && bin/solr zk upconfig -n un -d solr-conf/ -z localhost:2181"})
  static final class Configset implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to write into (created if needed).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Path written = new ConfigsetWriter().write(dir);
      spec.commandLine().getErr().println("Wrote the configset into " + written.toAbsolutePath());
      spec.commandLine().getErr().flush();
      return 0;
    }
  }
}
