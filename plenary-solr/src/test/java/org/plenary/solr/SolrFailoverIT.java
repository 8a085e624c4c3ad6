package org.plenary.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.Plenary;
import org.plenary.index.SearchRequest;
import org.plenary.index.DataFolder;
import org.plenary.model.Document;
import org.plenary.model.Source;

/**
 * A SolrCloud of 2 nodes holding collections of 2 shards with 2 replicas each (each node has a
 * copy of every shard) under the failures a cluster meets: a node lost while clients search and
 * index, and an indexing run killed and run again.
 */
class SolrFailoverIT {
  @TempDir
  static Path tmp;
  static TestCluster cluster;
  static Path documents;

  @BeforeAll
  static void start() throws Exception {
    cluster = TestCluster.start(2, tmp.resolve("solr"));
    documents = TestDocuments.copyTo(tmp.resolve("documents"));
  }

  @AfterAll
  static void stop() throws Exception {
    cluster.close();
  }

  @Test
  void aNodeLostWhileFourClientsSearchAndOneIndexesFailsNoSearchAndLosesNoDocument() throws Exception {
    new CollectionCreator(cluster.client()).create("failover", 2, 2);
    List<Document> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(documents)) {
      for (Path file : files.sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        records.add(Plenary.create().parse(new Source(file.getFileName().toString(), bytes)));
      }
    }
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger searches = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    Set<String> put = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutorService clients = Executors.newFixedThreadPool(5);
    try (SolrIndex index = SolrIndex.open(cluster.address(), "failover")) {
      List<Future<?>> work = new ArrayList<>();
      work.add(clients.submit(() -> {
        // the indexing client: copies of the documents under new ids, committed every 20
        for (int n = 0; running.get(); n++) {
          int i = n % records.size();
          String id = String.format("%064x", n); // an id as the indexer makes them: 64 hex digits
          index.put(id, "copy-" + n + ".txt", records.get(i));
          put.add(id);
          if (n % 20 == 19) {
            index.commit();
          }
        }
        index.commit();
        return null;
      }));
      for (int c = 0; c < 4; c++) {
        int client = c;
        work.add(clients.submit(() -> {
          for (int n = client; running.get(); n++) {
            Map<String, String> parameters = EnginesAgreeTest.MIX.get(n % EnginesAgreeTest.MIX.size());
            try {
              index.search(EnginesAgreeTest.request(parameters));
              searches.incrementAndGet();
            } catch (Exception e) {
              failures.add(parameters + ": " + e);
            }
          }
          return null;
        }));
      }
      Thread.sleep(3000);
      int before = searches.get();
      JettySolrRunner lost = cluster.solr.stopJettySolrRunner(1);
      cluster.solr.waitForJettyToStop(lost);
      Thread.sleep(5000);
      int whileDown = searches.get() - before;
      cluster.solr.startJettySolrRunner(lost);
      // the rejoined node recovers its replicas while the clients go on: on a loaded 2-core machine
      // that takes longer than the cluster's default half minute
      cluster.solr.waitForActiveCollection("failover", 3, TimeUnit.MINUTES, 2, 4);
      Thread.sleep(2000);
      running.set(false);
      for (Future<?> f : work) {
        f.get(2, TimeUnit.MINUTES);
      }
      assertThat(failures).as("searches that failed, of " + searches.get()).isEmpty();
      assertThat(whileDown).as("searches answered while a node was down").isPositive();
      assertThat(EnginesAgreeTest.matches(index, SearchRequest.all())).as("every document put is there once").isEqualTo(put);
      assertThat(index.count()).isEqualTo(put.size());
    } finally {
      clients.shutdownNow();
    }
    // the node rejoined: every replica of every shard is active again
    assertThat(cluster.solr.getZkStateReader().getClusterState().getCollection("failover").getActiveSlices())
        .hasSize(2).allSatisfy(slice -> assertThat(slice.getReplicas()).hasSize(2)
            .allSatisfy(replica -> assertThat(replica.isActive(cluster.solr.getZkStateReader().getClusterState().getLiveNodes())).isTrue()));
  }

  @Test
  void anIndexingRunKilledAtRandomMomentsAndRunAgainHoldsEachDocumentOnce() throws Exception {
    new CollectionCreator(cluster.client()).create("resume", 2, 2);
    Path corpus = tmp.resolve("corpus");
    Set<String> ids = new HashSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(documents)) {
      files = list.sorted().toList();
    }
    // Three copies of each document, each made distinct by trailing blank lines, for a longer run.
    for (int copy = 0; copy < 3; copy++) {
      for (Path file : files) {
        byte[] bytes = (Files.readString(file, StandardCharsets.UTF_8) + "\n".repeat(copy + 1)).getBytes(StandardCharsets.UTF_8);
        Path target = Files.createDirectories(corpus.resolve("copy" + copy)).resolve(file.getFileName());
        Files.write(target, bytes);
        ids.add(new Source(target.toString(), bytes).sha256());
      }
    }
    Random random = new Random();
    DataFolder stored = new DataFolder(tmp.resolve("resume-data"));
    int killed = 0;
    for (int round = 0; round < 2; round++) {
      // killed at a random moment once the run has stored a document more than the last one left,
      // not after a fixed time, which a fast machine finishes the whole run within
      int before = storedCount(stored, ids);
      Process run = run(corpus, "resume");
      while (run.isAlive() && storedCount(stored, ids) <= before) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(200));
      if (run.isAlive()) {
        run.destroyForcibly().waitFor();
        killed++;
      }
    }
    assertThat(killed).as("runs killed before they finished").isPositive();
    Process last = run(corpus, "resume");
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(tmp.resolve("run.log"))).isZero();
    DataFolder data = new DataFolder(tmp.resolve("resume-data"));
    try (SolrIndex index = SolrIndex.open(cluster.address(), "resume")) {
      assertThat(index.count()).isEqualTo(ids.size());
      assertThat(EnginesAgreeTest.matches(index, SearchRequest.all())).isEqualTo(ids);
      for (String id : ids) {
        assertThat(data.readRecord(id)).as(id).isPresent();
        assertThat(data.source(id)).as(id).isPresent();
      }
    }
  }

  private static int storedCount(DataFolder data, Set<String> ids) {
    return (int) ids.stream().filter(id -> Files.exists(data.record(id))).count();
  }

  /** Starts an indexing run into a collection in a JVM of its own. */
  private static Process run(Path corpus, String collection) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), SolrIndexRun.class.getName(),
        cluster.solr.getZkServer().getZkAddress(), collection, tmp.resolve(collection + "-data").toString(), corpus.toString());
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("run.log").toFile())).start();
  }
}
