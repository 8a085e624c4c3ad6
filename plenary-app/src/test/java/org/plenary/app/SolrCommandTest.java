package org.plenary.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud options of the command line that need no cluster: the configset written to a
 * folder, and the clear refusals of an incomplete or malformed address. (The engine itself is
 * tested against a real SolrCloud in plenary-solr.)
 */
class SolrCommandTest {
  @TempDir
  Path tmp;

  @Test
  void writesTheConfigsetIntoAFolder() throws Exception {
    CommandRun run = CommandRun.of(false, "solr", "configset", tmp.resolve("conf").toString());
    assertThat(run.exitCode).as(run.stderr).isZero();
    assertThat(Files.readString(tmp.resolve("conf/schema.xml"))).contains("<tokenizer name=\"hmmChinese\"/>")
        .contains("<uniqueKey>id</uniqueKey>");
    assertThat(tmp.resolve("conf/solrconfig.xml")).isNotEmptyFile();
  }

  @Test
  void refusesACollectionWithoutACluster() {
    CommandRun run = CommandRun.of(false, "search", "--data", tmp.toString(), "--collection", "un", "Golan");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("--solr");
  }

  @Test
  void refusesAClusterWithoutACollection() {
    CommandRun run = CommandRun.of(false, "search", "--data", tmp.toString(), "--solr", "localhost:2181", "Golan");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("--collection");
  }

  @Test
  void refusesAMalformedAddressNamingIt() {
    CommandRun run = CommandRun.of(false, "solr", "create", "--zk", "not an address", "--collection", "un");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("'not an address'");
  }
}
