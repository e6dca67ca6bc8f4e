package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes models as {@code narrative-model/1}, YAML or JSON. Elements keep the model's order;
 * values equal to their defaults are left out. Reading the output back gives an equal model.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelWriter {
  private ModelWriter() {}

  /** Returns {@code model} as text in {@code format}. */
  public static String toText(Model model, Format format) {
    checkNotNull(model, "model");
    checkNotNull(format, "format");
    Object tree = ModelTree.of(model);
    return format == Format.JSON ? JsonText.write(tree) : YamlText.write(tree);
  }

  /** Returns {@code set} as a {@code narrative-concepts/1} text in {@code format}. */
  public static String toText(ConceptSet set, Format format) {
    checkNotNull(set, "set");
    checkNotNull(format, "format");
    Object tree = ModelTree.of(set);
    return format == Format.JSON ? JsonText.write(tree) : YamlText.write(tree);
  }

  /**
   * Writes {@code model} to {@code file} in the format its extension names (YAML when it names
   * none), atomically.
   *
   * @throws IOException if the file cannot be written; it is then left as it was
   */
  public static void write(Model model, Path file) throws IOException {
    checkNotNull(file, "file");
    Format format = Format.fromFileName(file).orElse(Format.YAML);
    AtomicFiles.write(file, toText(model, format).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code set} as {@code narrative-concepts/1} to {@code file} in the format its extension
   * names (YAML when it names none), atomically.
   *
   * @throws IOException if the file cannot be written; it is then left as it was
   */
  public static void write(ConceptSet set, Path file) throws IOException {
    checkNotNull(set, "set");
    checkNotNull(file, "file");
    Format format = Format.fromFileName(file).orElse(Format.YAML);
    AtomicFiles.write(file, toText(set, format).getBytes(StandardCharsets.UTF_8));
  }
}
