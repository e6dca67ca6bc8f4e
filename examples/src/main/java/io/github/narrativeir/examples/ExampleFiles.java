package io.github.narrativeir.examples;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the example's model files on the class path (the module's {@code models/} directory) and
 * applies the Musharraf-era data mappings ({@code models/mappings/}) to a model.
 */
final class ExampleFiles {
  /** The mappings that bring the Musharraf-era data in, in the order they are applied. */
  static final List<String> MUSHARRAF_MAPPINGS =
      List.of(
          "india-pakistan-force.mapping.yaml", "coin-arms.mapping.yaml", "us-strikes.mapping.yaml");

  private ExampleFiles() {}

  /** A model with the data imported, and the import's notes (mapping paths relative to models/). */
  record WithData(Model model, ImmutableList<String> notes) {}

  /** The file of the class path resource {@code models/<name>}. */
  static Path model(String name) {
    URL url = ExampleFiles.class.getResource("/models/" + name);
    if (url == null) {
      throw new IllegalStateException("models/" + name + " is not on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalStateException(
          "models/" + name + " must be a file; run the examples from the build tree", e);
    }
  }

  /**
   * Applies the Musharraf-era mappings to {@code model}: the observations of US counter-insurgency
   * weapons and of US strikes in the last two situations, and the aspect {@code india-hostility},
   * come from the bundled tables. (The aid observations are typed into the model with the amounts
   * {@link DataBacking#aidBySituation} computes, because the import places a fiscal year at its
   * middle and cannot spread a multi-year sum.)
   */
  static WithData withMusharrafData(Model model) throws IOException {
    Path models = model(MusharrafEra.MODEL).getParent();
    List<String> notes = new ArrayList<>();
    Model imported = model;
    for (String name : MUSHARRAF_MAPPINGS) {
      Path mapping = models.resolve("mappings").resolve(name);
      TableImport.Result result = TableImport.run(mapping, imported);
      String prefix = mapping.toString();
      result.notes().forEach(n -> notes.add(n.replace(prefix, "mappings/" + name)));
      imported = result.model();
    }
    return new WithData(imported, ImmutableList.copyOf(notes));
  }
}
