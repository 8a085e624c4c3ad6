package org.plenary.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud for a test class: Solr's own MiniSolrCloudCluster (Jetty nodes and an embedded
 * ZooKeeper) with plenary's generated configset uploaded as {@value #CONFIGSET}.
 */
final class TestCluster implements AutoCloseable {
  static final String CONFIGSET = "plenary";

  final MiniSolrCloudCluster solr;
  final Path dir;

  private TestCluster(MiniSolrCloudCluster solr, Path dir) {
    this.solr = solr;
    this.dir = dir;
  }

  /** Starts a cluster of {@code nodes} nodes in a temporary folder under {@code dir}. */
  static TestCluster start(int nodes, Path dir) throws Exception {
    Path conf = new ConfigsetWriter().write(Files.createDirectories(dir.resolve("configset")));
    return new TestCluster(new MiniSolrCloudCluster.Builder(nodes, dir.resolve("nodes")).addConfig(CONFIGSET, conf).configure(), dir);
  }

  /** The cluster's ZooKeeper address, as a user gives it to {@code --solr}. */
  SolrAddress address() {
    return SolrAddress.parse(solr.getZkServer().getZkAddress());
  }

  CloudSolrClient client() {
    return solr.getSolrClient();
  }

  /** Creates a collection of the plenary configset and waits until every replica is active. */
  void createCollection(String name, int shards, int replicas) throws Exception {
    CollectionAdminRequest.createCollection(name, CONFIGSET, shards, replicas).process(client());
    solr.waitForActiveCollection(name, shards, shards * replicas);
  }

  /**
   * Shuts the cluster down. A node whose Jetty did not drain its requests within Jetty's graceful
   * stop time (a replica still recovering, on a loaded machine) is stopped all the same; that late
   * stop says nothing about the test, so it is no failure. Any other error of the shutdown is.
   */
  @Override
  public void close() throws Exception {
    try {
      solr.shutdown();
    } catch (Exception e) {
      boolean onlyLateStops = e.getSuppressed().length > 0 && java.util.Arrays.stream(e.getSuppressed())
          .allMatch(s -> s instanceof java.util.concurrent.TimeoutException);
      if (!onlyLateStops) {
        throw e;
      }
      System.err.println("TestCluster: " + e.getSuppressed().length + " node(s) stopped after Jetty's graceful stop time");
    }
  }
}
