package org.plenary.read.akn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.Corpus;
import org.plenary.UnreadableInput;
import org.plenary.model.Document;
import org.plenary.model.Source;
import org.plenary.pipeline.Diagnostics;
import org.plenary.write.JsonWriter;

/** The record read from AKN4UN XML is a valid {@code plenary.document/1} JSON record. */
class AknRecordContractTest {
  @Test
  void recordsReadFromUnXmlFollowTheContract() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode contract;
    try (InputStream in = Files.newInputStream(Corpus.contract())) {
      contract = (ObjectNode) json.readTree(in);
    }
    // the contract's $id "plenary.document/1" is a name, not the absolute IRI the validator wants
    contract.put("$id", "urn:plenary:document:1");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(contract);
    List<Path> files = Corpus.unxml();
    AknReader reader = new AknReader();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Document d;
      try {
        d = reader.read(new Source(file.toString(), Files.readAllBytes(file)), new Diagnostics());
      } catch (UnreadableInput malformed) {
        continue; // the one malformed UN file is tested in AknReaderCorpusTest
      }
      Set<ValidationMessage> errors = schema.validate(json.readTree(JsonWriter.compact().write(d)));
      assertThat(errors).as(file.toString()).isEmpty();
    }
  }
}
