package org.plenary.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where a SolrCloud cluster is, as the command line's {@code --solr} and {@code --zk} give it:
 * either its ZooKeeper ensemble ({@code zk1:2181,zk2:2181/solr}, the chroot after the last host)
 * or the URLs of some of its Solr nodes ({@code http://solr1:8983/solr,http://solr2:8983/solr}),
 * from which the client learns the rest of the cluster.
 */
public record SolrAddress(List<String> zkHosts, Optional<String> zkChroot, List<String> solrUrls) {

  public SolrAddress {
    zkHosts = List.copyOf(zkHosts);
    solrUrls = List.copyOf(solrUrls);
  }

  /** Reads an address; throws {@link IllegalArgumentException} with the reason if it is none. */
  public static SolrAddress parse(String address) {
    String value = address == null ? "" : address.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("no SolrCloud address: give ZooKeeper as HOST:PORT[/chroot] or Solr URLs as http://HOST:PORT/solr");
    }
    if (value.startsWith("http://") || value.startsWith("https://")) {
      List<String> urls = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      for (String url : urls) {
        if (!url.matches("https?://[^/\\s]+(/\\S*)?")) {
          throw new IllegalArgumentException("'" + url + "' is no Solr URL such as http://localhost:8983/solr");
        }
      }
      return new SolrAddress(List.of(), Optional.empty(), urls);
    }
    int slash = value.indexOf('/');
    String hosts = slash < 0 ? value : value.substring(0, slash);
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(value.substring(slash));
    List<String> zk = Arrays.stream(hosts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String host : zk) {
      if (!host.matches("[\\w.\\-]+:\\d{1,5}|\\[[0-9a-fA-F:]+\\]:\\d{1,5}")) {
        throw new IllegalArgumentException("'" + host + "' is no ZooKeeper address such as localhost:2181 (nor a Solr URL starting with http://)");
      }
    }
    return new SolrAddress(zk, chroot.filter(c -> !c.equals("/")), List.of());
  }

  /** A client of the cluster, which routes each request to a live node that holds the data. */
  public CloudSolrClient connect() {
    CloudHttp2SolrClient.Builder builder = zkHosts.isEmpty()
        ? new CloudHttp2SolrClient.Builder(solrUrls)
        : new CloudHttp2SolrClient.Builder(zkHosts, zkChroot);
    return builder.build();
  }

  @Override
  public String toString() {
    return zkHosts.isEmpty() ? String.join(",", solrUrls) : String.join(",", zkHosts) + zkChroot.orElse("");
  }
}
