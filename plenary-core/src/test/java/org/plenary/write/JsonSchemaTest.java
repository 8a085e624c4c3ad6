package org.plenary.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.Plenary;

/**
 * Every record printed for the golden documents validates against the contract's JSON schema
 * ({@code plenary.document/1}, copied from shared/contract into the test resources), formats
 * included.
 */
class JsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/contract/document.schema.json")) {
      // the contract's $id "plenary.document/1" is a name, not a URI; the validator needs a URI
      com.fasterxml.jackson.databind.node.ObjectNode contract = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(in);
      contract.put("$id", "urn:plenary:document:1");
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(contract, config);
    }
  }

  static Stream<Path> documents() throws Exception {
    Path golden = Path.of(JsonSchemaTest.class.getResource("/golden").toURI());
    try (Stream<Path> files = Files.walk(golden)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void recordValidatesAgainstTheContract(Path document) throws Exception {
    String json = JsonWriter.pretty().write(Plenary.create().parse(document));
    JsonNode node = JSON.readTree(json);
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as("schema errors of %s", document.getFileName()).isEmpty();
    assertThat(JSON.readTree(JsonWriter.compact().write(Plenary.create().parse(document)))).isEqualTo(node);
  }
}
