package org.plenary.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * One analysis chain by Lucene SPI names: a tokenizer and its token filters, each with its
 * parameters. The same definition builds the embedded analyzer and can be written out as a
 * SolrCloud field type, so results do not change between the two engines.
 *
 * @param tokenizer the SPI name of the tokenizer factory ("standard", "hmmChinese", "keyword")
 * @param filters the token filters in order, each an SPI name with its parameters
 */
public record AnalysisChain(String tokenizer, List<Filter> filters) {

  /** One token filter: its SPI name and parameters. */
  public record Filter(String name, Map<String, String> params) {
    public Filter {
      params = Map.copyOf(params);
    }
  }

  public AnalysisChain {
    filters = List.copyOf(filters);
  }

  /** A chain of filters without parameters. */
  public static AnalysisChain of(String tokenizer, String... filters) {
    return new AnalysisChain(tokenizer, java.util.Arrays.stream(filters).map(f -> new Filter(f, Map.of())).toList());
  }

  /** Builds the Lucene analyzer this chain describes. */
  public Analyzer analyzer() {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer(tokenizer);
      for (Filter filter : filters) {
        builder.addTokenFilter(filter.name(), new java.util.HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analysis chain " + this, e);
    }
  }
}
