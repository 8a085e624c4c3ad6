package org.plenary.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates a plenary collection on a SolrCloud cluster: uploads the generated configset under the
 * collection's own name (so that a later plenary with other analysis never changes the analysis
 * of a collection already built) and creates the collection, waiting until every replica is
 * active.
 */
public final class CollectionCreator {
  private final SolrClient client;

  public CollectionCreator(SolrClient client) {
    this.client = client;
  }

  /** Creates the collection; refuses one that exists already. */
  public void create(String collection, int shards, int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("a collection needs at least one shard and one replica, not " + shards + " and " + replicas);
    }
    try {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (existing.contains(collection)) {
        throw new IOException("the collection '" + collection + "' exists already");
      }
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(collection);
      upload.setOverwrite(true);
      upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), collection + ".zip", "application/zip"));
      upload.process(client);
      CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection, shards, replicas);
      create.setWaitForFinalState(true);
      CollectionAdminResponse created = create.process(client);
      if (!created.isSuccess()) {
        throw new IOException("Solr could not create the collection '" + collection + "': " + created.getErrorMessages());
      }
    } catch (SolrServerException e) {
      throw new IOException("cannot reach SolrCloud: " + e.getMessage(), e);
    }
  }

  /** The configset as the zip file the ConfigSets API takes. */
  static byte[] configsetZip() throws IOException {
    Path dir = Files.createTempDirectory("plenary-configset");
    try {
      new ConfigsetWriter().write(dir);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
