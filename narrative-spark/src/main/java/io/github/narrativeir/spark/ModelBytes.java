package io.github.narrativeir.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.model.Model;
import java.io.UncheckedIOException;

/**
 * A model as the bytes that are broadcast to the executors: its {@code narrative-model/1} JSON,
 * read back within the largest limits (the model was already read once, within the user's).
 */
final class ModelBytes {
  private static final ModelReader READER =
      ModelReader.create()
          .withLimits(
              ReadLimits.defaults()
                  .withMaxDocumentBytes(ReadLimits.MAX_DOCUMENT_BYTES)
                  .withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
                  .withMaxStringLength(ReadLimits.MAX_STRING_LENGTH)
                  .withMaxValues(ReadLimits.MAX_VALUES));

  private ModelBytes() {}

  static byte[] of(Model model) {
    return ModelWriter.toText(model, Format.JSON).getBytes(UTF_8);
  }

  static Model model(byte[] bytes) {
    try {
      return READER.read("<broadcast model>", bytes, Format.JSON).model();
    } catch (ModelFormatException e) {
      throw new UncheckedIOException("a broadcast model does not read back", e);
    }
  }
}
