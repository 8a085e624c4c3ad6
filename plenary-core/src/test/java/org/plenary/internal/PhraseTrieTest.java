package org.plenary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  @Test
  void findsTheLongestPhraseAtEachPlaceLeftToRight() {
    PhraseTrie<String> trie = new PhraseTrie<>(false);
    trie.add("苏丹", "SDN");
    trie.add("南苏丹", "SSD");
    trie.add("刚果", "COG");
    trie.add("刚果民主共和国", "COD");
    assertThat(trie.findAll("南苏丹和苏丹以及刚果民主共和国与刚果").stream().map(PhraseTrie.Hit::value))
        .containsExactly("SSD", "SDN", "COD", "COG");
  }

  @Test
  void keepsToWholeWordsWhereTheScriptSpacesThem() {
    PhraseTrie<String> trie = new PhraseTrie<>(true);
    trie.add("niger", "NER");
    trie.add("nigeria", "NGA");
    trie.add("oman", "OMN");
    assertThat(trie.findAll("nigeria and niger, not romania or omanis; oman.").stream().map(PhraseTrie.Hit::value))
        .containsExactly("NGA", "NER", "OMN");
  }
}
