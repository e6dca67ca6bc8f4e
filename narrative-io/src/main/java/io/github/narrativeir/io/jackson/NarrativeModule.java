package io.github.narrativeir.io.jackson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.narrativeir.analysis.CounterfactualResult;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.io.DiscoveryWriter;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.ResultWriter;
import io.github.narrativeir.io.SensitivityWriter;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Teaches Jackson's {@code ObjectMapper} the project's types, through the project's own reader and
 * writers. Registered for {@code ObjectMapper.findAndRegisterModules()} by its service file, or
 * explicitly with {@code registerModule(new NarrativeModule())}.
 *
 * <p>Reading: {@link Model}, {@link LoadedModel} (the model with its warnings) and {@link
 * ConceptSet} are read, from JSON or YAML, by {@link ModelReader}: the same checks and messages,
 * every problem at once in one {@link NarrativeFormatException} (a {@code JsonMappingException})
 * located by line and column. The mapper's {@code StreamReadConstraints} apply as well as the
 * reader's {@link ReadLimits}.
 *
 * <p>Positions are the document's own when the value is the whole document and it was given as a
 * {@code File}, a {@code byte[]} or a {@code String}; otherwise (a stream, a reader, a value nested
 * in a larger document) the value is re-serialised as JSON and positions are in that text, which
 * {@link NarrativeFormatException#reserialised()} says. Jackson hands the module its source when
 * the factory enables {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}; when it does not, the
 * module reads it from the parser by reflection, which on the module path needs {@code --add-opens
 * com.fasterxml.jackson.core/com.fasterxml.jackson.core.base=io.github.narrativeir.io} (without it,
 * such values are re-serialised too).
 *
 * <p>Writing, as the project's writers write: a {@link Model} as {@code narrative-model/1}, a
 * {@link ConceptSet} as {@code narrative-concepts/1}, an {@link Inference} as {@code
 * narrative-result/1} (what {@code narrative infer -f json} prints), a {@link SensitivityResult} as
 * {@code narrative-sensitivity/1}, a {@link DiscoveryResult} as {@code narrative-discovery/1}, and
 * a {@link CounterfactualResult}, {@link DependenceReport} or {@link TheoryComparison} as {@link
 * AnalysisWriter} writes it. To a JSON mapper the bytes are exactly the writer's.
 *
 * <pre>{@code
 * ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules();
 * Model model = yaml.readValue(new File("musharraf-era.yaml"), Model.class);
 * String json = new ObjectMapper().findAndRegisterModules()
 *     .writeValueAsString(NarrativeEngine.create().infer(model));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NarrativeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with the reader's default limits ({@link ReadLimits#defaults()}). */
  public NarrativeModule() {
    this(ReadLimits.defaults());
  }

  /** The module reading with {@code limits}. */
  public NarrativeModule(ReadLimits limits) {
    super("NarrativeModule", ioVersion());
    checkNotNull(limits, "limits");
    ModelReader reader = ModelReader.create().withLimits(limits);

    LocatedDeserializer.Read<LoadedModel> loaded =
        new LocatedDeserializer.Read<>() {
          @Override
          public LoadedModel file(ModelReader r, Path file) throws IOException {
            return r.read(file);
          }

          @Override
          public LoadedModel bytes(ModelReader r, String source, byte[] content, Format format)
              throws IOException {
            return r.read(source, content, format);
          }
        };
    addDeserializer(
        LoadedModel.class, new LocatedDeserializer<>(LoadedModel.class, reader, loaded));
    addDeserializer(
        Model.class,
        new LocatedDeserializer<>(Model.class, reader, loaded.then(LoadedModel::model)));
    addDeserializer(
        ConceptSet.class,
        new LocatedDeserializer<>(
            ConceptSet.class,
            reader,
            new LocatedDeserializer.Read<>() {
              @Override
              public ConceptSet file(ModelReader r, Path file) throws IOException {
                return r.readConceptSet(file);
              }

              @Override
              public ConceptSet bytes(ModelReader r, String source, byte[] content, Format format)
                  throws IOException {
                return r.readConceptSet(source, content, format);
              }
            }));

    addSerializer(
        new WriterSerializer<>(Model.class, (m, out) -> ModelWriter.write(m, Format.JSON, out)));
    addSerializer(
        new WriterSerializer<>(
            ConceptSet.class, (set, out) -> ModelWriter.write(set, Format.JSON, out)));
    addSerializer(new WriterSerializer<Inference>(Inference.class, ResultWriter::write));
    addSerializer(
        new WriterSerializer<SensitivityResult>(SensitivityResult.class, SensitivityWriter::write));
    addSerializer(
        new WriterSerializer<DiscoveryResult>(DiscoveryResult.class, DiscoveryWriter::write));
    addSerializer(
        new WriterSerializer<CounterfactualResult>(
            CounterfactualResult.class, AnalysisWriter::writeJson));
    addSerializer(
        new WriterSerializer<DependenceReport>(DependenceReport.class, AnalysisWriter::writeJson));
    addSerializer(
        new WriterSerializer<TheoryComparison>(TheoryComparison.class, AnalysisWriter::writeJson));
  }

  /**
   * The version of narrative-io, from its jar's Maven properties; unknown when run from classes.
   */
  private static Version ioVersion() {
    try (InputStream in =
        NarrativeModule.class.getResourceAsStream(
            "/META-INF/maven/io.github.narrativeir/narrative-io/pom.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return com.fasterxml.jackson.core.util.VersionUtil.parseVersion(
          p.getProperty("version"), "io.github.narrativeir", "narrative-io");
    } catch (IOException | RuntimeException e) {
      return Version.unknownVersion();
    }
  }
}
