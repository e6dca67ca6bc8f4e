package io.github.narrativeir.io.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.narrativeir.analysis.Counterfactuals;
import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.Variation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.io.DiscoveryFixtures;
import io.github.narrativeir.io.DiscoveryWriter;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ResultWriter;
import io.github.narrativeir.io.SensitivityWriter;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeModuleTest {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).findAndRegisterModules();

  private static Path resource(String name) throws Exception {
    return Path.of(NarrativeModuleTest.class.getResource(name).toURI());
  }

  private static Model negatives() {
    return DiscoveryFixtures.conformance("negatives");
  }

  @Test
  void findAndRegisterModules_findsTheModuleThroughItsServiceFile() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(NarrativeModule.class);
    assertThat(JSON.getRegisteredModuleIds()).contains("NarrativeModule");
  }

  @Test
  void yamlFile_readsTheModelModelReaderReads() throws Exception {
    Path file = resource("/conformance/negatives.yaml");

    Model model = YAML.readValue(file.toFile(), Model.class);

    assertThat(model).isEqualTo(ModelReader.create().read(file).model());
  }

  @Test
  void jsonString_readsTheModel() throws Exception {
    String json = ModelWriter.toText(negatives(), Format.JSON);

    assertThat(JSON.readValue(json, Model.class)).isEqualTo(negatives());
    assertThat(JSON.readValue(json.getBytes(StandardCharsets.UTF_8), Model.class))
        .isEqualTo(negatives());
  }

  @Test
  void loadedModel_keepsTheWarnings() throws Exception {
    Path file = resource("/read/warnings.yaml");

    LoadedModel loaded = YAML.readValue(file.toFile(), LoadedModel.class);

    assertThat(loaded.warnings())
        .isNotEmpty()
        .isEqualTo(ModelReader.create().read(file).warnings());
  }

  @Test
  void conceptSet_readsFromYamlFileAndFromJsonText() throws Exception {
    Path file = resource("/compose/realist.concepts.yaml");
    ConceptSet expected = ModelReader.create().readConceptSet(file);

    assertThat(YAML.readValue(file.toFile(), ConceptSet.class)).isEqualTo(expected);
    String json = ModelWriter.toText(expected, Format.JSON);
    assertThat(JSON.readValue(json, ConceptSet.class)).isEqualTo(expected);
  }

  @Test
  void invalidFile_throwsEveryProblemOfModelReader_locatedAsItLocatesThem() throws Exception {
    Path file = resource("/read/many-problems.yaml");
    ModelFormatException expected =
        catchThrowableOfType(ModelFormatException.class, () -> ModelReader.create().read(file));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class, () -> YAML.readValue(file.toFile(), Model.class));

    assertThat(expected.problems()).hasSizeGreaterThan(1);
    assertThat(e.problems()).isEqualTo(expected.problems());
    assertThat(e.getOriginalMessage()).isEqualTo(expected.getMessage());
    assertThat(e.getLocation().getLineNr()).isEqualTo(expected.line());
    assertThat(e.getLocation().getColumnNr()).isEqualTo(expected.column());
    assertThat(e.reserialised()).isFalse();
    assertThat(e).isInstanceOf(JsonProcessingException.class).hasCause(e.modelFormatException());
  }

  @Test
  void invalidYamlBytes_areLocatedInTheBytes() throws Exception {
    byte[] content = Files.readAllBytes(resource("/read/many-problems.yaml"));
    ModelFormatException expected =
        catchThrowableOfType(
            ModelFormatException.class,
            () -> ModelReader.create().read("<input>", content, Format.YAML));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class, () -> YAML.readValue(content, Model.class));

    assertThat(e.problems()).isEqualTo(expected.problems());
    assertThat(e.reserialised()).isFalse();
  }

  @Test
  void invalidJsonString_isLocatedInTheString() throws Exception {
    byte[] content = Files.readAllBytes(resource("/read/unknown-field.json"));
    ModelFormatException expected =
        catchThrowableOfType(
            ModelFormatException.class,
            () -> ModelReader.create().read("<input>", content, Format.JSON));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class,
            () -> JSON.readValue(new String(content, StandardCharsets.UTF_8), Model.class));

    assertThat(e.problems()).isEqualTo(expected.problems());
  }

  @Test
  void invalidYamlString_isReadReserialised_becauseYamlFactoryKeepsOnlyAReader() throws Exception {
    String content = Files.readString(resource("/read/many-problems.yaml"));
    ModelFormatException expected =
        catchThrowableOfType(
            ModelFormatException.class,
            () -> ModelReader.create().read(resource("/read/many-problems.yaml")));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class, () -> YAML.readValue(content, Model.class));

    assertThat(e.reserialised()).isTrue();
    assertThat(e.problems())
        .extracting(p -> p.message())
        .isEqualTo(expected.problems().stream().map(p -> p.message()).toList());
    assertThat(e.problems())
        .extracting(p -> p.code())
        .isEqualTo(expected.problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void invalidJsonFile_carriesTheCodeOfEachProblem() throws Exception {
    Path file = resource("/read/unknown-field.json");

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class, () -> JSON.readValue(file.toFile(), Model.class));

    assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD);
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_FIELD));
  }

  @Test
  void invalidJsonFile_matchesModelReader() throws Exception {
    Path file = resource("/read/unknown-field.json");
    ModelFormatException expected =
        catchThrowableOfType(ModelFormatException.class, () -> ModelReader.create().read(file));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class, () -> JSON.readValue(file.toFile(), Model.class));

    assertThat(e.problems()).isEqualTo(expected.problems());
  }

  @Test
  void inputStream_isReadReserialised_andSaysSo() throws Exception {
    byte[] content = Files.readAllBytes(resource("/read/unknown-field.json"));

    NarrativeFormatException e =
        catchThrowableOfType(
            NarrativeFormatException.class,
            () -> JSON.readValue(new ByteArrayInputStream(content), Model.class));

    assertThat(e.reserialised()).isTrue();
    assertThat(e.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.source()).isEqualTo("<value re-serialised as JSON>"));
  }

  @Test
  void inputStream_ofAValidModel_reads() throws Exception {
    byte[] content = ModelWriter.toText(negatives(), Format.YAML).getBytes(StandardCharsets.UTF_8);

    assertThat(YAML.readValue(new ByteArrayInputStream(content), Model.class))
        .isEqualTo(negatives());
  }

  @Test
  void usersMaxStringLength_rejectsAModelOurDefaultsAccept() throws Exception {
    String json = ModelWriter.toText(negatives(), Format.JSON);
    ObjectMapper strict =
        new ObjectMapper(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(3).build())
                    .build())
            .findAndRegisterModules();

    assertThat(
            catchThrowableOfType(
                StreamConstraintsException.class, () -> strict.readValue(json, Model.class)))
        .hasMessageContaining("StreamReadConstraints.getMaxStringLength()");
  }

  @Test
  void usersMaxDocumentLength_rejectsAModelOurDefaultsAccept() throws Exception {
    String yaml = ModelWriter.toText(negatives(), Format.YAML);
    ObjectMapper strict =
        new ObjectMapper(
                YAMLFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxDocumentLength(100).build())
                    .build())
            .findAndRegisterModules();

    assertThat(
            catchThrowableOfType(
                StreamConstraintsException.class, () -> strict.readValue(yaml, Model.class)))
        .hasMessageContaining("Document length");
  }

  @Test
  void model_writesAsModelWriterWritesIt_andReadsBack() throws Exception {
    String json = JSON.writeValueAsString(negatives());

    assertThat(json).isEqualTo(ModelWriter.toText(negatives(), Format.JSON));
    assertThat(JSON.readValue(json, Model.class)).isEqualTo(negatives());
  }

  @Test
  void model_survivesAYamlMapper() throws Exception {
    String yaml = YAML.writeValueAsString(negatives());

    assertThat(YAML.readValue(yaml, Model.class)).isEqualTo(negatives());
  }

  @Test
  void conceptSet_writesAsModelWriterWritesIt() throws Exception {
    ConceptSet set =
        ModelReader.create().readConceptSet(resource("/compose/realist.concepts.yaml"));

    assertThat(JSON.writeValueAsString(set)).isEqualTo(ModelWriter.toText(set, Format.JSON));
  }

  @Test
  void inference_writesAsNarrativeInferJson() throws Exception {
    Inference result = NarrativeEngine.create().infer(negatives());

    assertThat(JSON.writeValueAsString(result)).isEqualTo(ResultWriter.toJson(result));
  }

  @Test
  void largeValues_areStreamedToABytesGenerator_withPairsSplitAcrossPiecesKeptWhole()
      throws Exception {
    // labels of emoji (surrogate pairs) at every alignment make the writer's pieces end inside a
    // pair, again and again
    Model model = negatives();
    Model labelled =
        Model.builder()
            .from(model)
            .concepts(
                model.concepts().stream()
                    .map(
                        c ->
                            io.github.narrativeir.model.Concept.builder()
                                .from(c)
                                .label("\ud83d\ude00 x\ud83d\ude01 xy\ud83d\ude02 xyz".repeat(2000))
                                .build())
                    .toList())
            .build();
    Inference result = NarrativeEngine.create().infer(labelled);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    JSON.writeValue(bytes, result);

    assertThat(bytes.toByteArray())
        .isEqualTo(ResultWriter.toJson(result).getBytes(StandardCharsets.UTF_8));
    String model2 = JSON.writeValueAsString(labelled);
    assertThat(JSON.writeValueAsBytes(labelled))
        .isEqualTo(model2.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(ModelWriter.toText(labelled, Format.JSON).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nestedValue_isTheWritersTreeInsideTheContainer() throws Exception {
    Inference result = NarrativeEngine.create().infer(negatives());

    assertThat(JSON.readTree(JSON.writeValueAsString(Map.of("result", result))).get("result"))
        .isEqualTo(JSON.readTree(ResultWriter.toJson(result)));
    var tree = JSON.valueToTree(result);
    assertThat(tree.get("evaluation").get("scores").get("balancedAccuracy").decimalValue())
        .isEqualByComparingTo("0.55");
    assertThat(tree.get("predictions").size())
        .isEqualTo(JSON.readTree(ResultWriter.toJson(result)).get("predictions").size());
  }

  @Test
  void analysisResults_writeAsTheirWritersWriteThem() throws Exception {
    Inference result = NarrativeEngine.create().infer(negatives());
    var counterfactual =
        Counterfactuals.run(
            negatives(),
            Variation.builder()
                .withoutConcepts(negatives().concepts().get(0).id().value())
                .build());
    var dependence = Dependence.analyze(result, 2);
    SensitivityResult sensitivity = Sensitivity.create().run(result);
    DiscoveryResult discovery =
        DiscoveryFixtures.discover(
            negatives(), negatives().concepts().get(0).holder().value(), Discovery.Mode.REPLACE, 1);

    assertThat(JSON.writeValueAsString(counterfactual))
        .isEqualTo(AnalysisWriter.toJson(counterfactual));
    assertThat(JSON.writeValueAsString(dependence)).isEqualTo(AnalysisWriter.toJson(dependence));
    assertThat(JSON.writeValueAsString(sensitivity))
        .isEqualTo(SensitivityWriter.toJson(sensitivity));
    assertThat(JSON.writeValueAsString(discovery)).isEqualTo(DiscoveryWriter.toJson(discovery));
  }

  @Test
  void readValues_readsEachDocumentOfAYamlStream() throws Exception {
    String one = ModelWriter.toText(negatives(), Format.YAML);
    byte[] stream = ("---\n" + one + "---\n" + one).getBytes(StandardCharsets.UTF_8);

    List<Model> models = YAML.readerFor(Model.class).<Model>readValues(stream).readAll();

    assertThat(models).containsExactly(negatives(), negatives());
  }
}
