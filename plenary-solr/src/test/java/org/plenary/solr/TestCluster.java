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

  @Override
  public void close() throws Exception {
    solr.shutdown();
  }
}
