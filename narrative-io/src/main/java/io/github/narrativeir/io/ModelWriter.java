package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes models as {@code narrative-model/1}, YAML or JSON. Elements keep the model's order; values
 * equal to their defaults are left out. Reading the output back gives an equal model.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelWriter {
  private ModelWriter() {}

  /** Returns {@code model} as text in {@code format}. */
  public static String toText(Model model, Format format) {
    checkNotNull(model, "model");
    checkNotNull(format, "format");
    return text(ModelTree.of(model), format);
  }

  /** Returns {@code set} as a {@code narrative-concepts/1} text in {@code format}. */
  public static String toText(ConceptSet set, Format format) {
    checkNotNull(set, "set");
    checkNotNull(format, "format");
    return text(ModelTree.of(set), format);
  }

  /**
   * Writes {@code model} to {@code out} in {@code format}, UTF-8 encoded: the bytes of {@link
   * #toText(Model, Format)}, written as they are made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Model model, Format format, OutputStream out) throws IOException {
    checkNotNull(model, "model");
    write(ModelTree.of(model), format, out);
  }

  /**
   * Writes {@code model} to {@code out} in {@code format}: the text of {@link #toText(Model,
   * Format)}, written as it is made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Model model, Format format, Writer out) throws IOException {
    checkNotNull(model, "model");
    write(ModelTree.of(model), format, out);
  }

  /**
   * Writes {@code set} to {@code out} as {@code narrative-concepts/1} in {@code format}, UTF-8
   * encoded: the bytes of {@link #toText(ConceptSet, Format)}. Flushes {@code out}; does not close
   * it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(ConceptSet set, Format format, OutputStream out) throws IOException {
    checkNotNull(set, "set");
    write(ModelTree.of(set), format, out);
  }

  /**
   * Writes {@code set} to {@code out} as {@code narrative-concepts/1} in {@code format}: the text
   * of {@link #toText(ConceptSet, Format)}. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(ConceptSet set, Format format, Writer out) throws IOException {
    checkNotNull(set, "set");
    write(ModelTree.of(set), format, out);
  }

  private static String text(Object tree, Format format) {
    return format == Format.JSON ? JsonText.write(tree) : YamlText.write(tree);
  }

  private static void write(Object tree, Format format, OutputStream out) throws IOException {
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    if (format == Format.JSON) {
      JsonText.write(tree, out);
    } else {
      YamlText.write(tree, out);
    }
  }

  private static void write(Object tree, Format format, Writer out) throws IOException {
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    if (format == Format.JSON) {
      JsonText.write(tree, out);
    } else {
      YamlText.write(tree, out);
    }
  }

  /**
   * Writes {@code model} to {@code file} in the format its extension names (YAML when it names
   * none), atomically.
   *
   * @throws IOException if the file cannot be written; it is then left as it was
   */
  public static void write(Model model, Path file) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(model, "model");
    Format format = Format.fromFileName(file).orElse(Format.YAML);
    AtomicFiles.write(file, out -> write(model, format, out));
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
    AtomicFiles.write(file, out -> write(set, format, out));
  }
}
