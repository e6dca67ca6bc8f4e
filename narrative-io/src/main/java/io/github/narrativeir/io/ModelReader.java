package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Diagnostic;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code narrative-model/1} files, YAML or JSON, strictly. Every problem of a file is
 * reported at once, located by file, line, column and JSON Pointer: syntax errors, unknown fields
 * (with the allowed ones and the closest), values of the wrong type, malformed ids and dates, a
 * wrong {@code format} tag, and every error and warning of {@link ModelValidator}. A file with
 * errors is never half-read: reading throws {@link ModelFormatException}.
 *
 * <p>Readers are immutable and thread-safe. Input is bounded by {@link ReadLimits}; nothing in a
 * file can make the reader instantiate a class of its choosing.
 *
 * <pre>{@code
 * try {
 *   LoadedModel loaded = ModelReader.create().read(Path.of("musharraf-era.yaml"));
 *   loaded.warnings().forEach(w -> System.err.println(w.render()));
 *   Inference result = NarrativeEngine.create().infer(loaded.model());
 * } catch (ModelFormatException e) {
 *   e.problems().forEach(p -> System.err.println(p.render()));
 * }
 * }</pre>
 */
public final class ModelReader {
  private static final Comparator<Problem> DOCUMENT_ORDER =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final ReadLimits limits;

  private ModelReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** Returns a reader with the default limits. */
  public static ModelReader create() {
    return new ModelReader(ReadLimits.defaults());
  }

  /** Returns a reader with {@code limits}. */
  public ModelReader withLimits(ReadLimits limits) {
    return new ModelReader(checkNotNull(limits, "limits"));
  }

  /** The limits of this reader. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads the model in {@code file}, in the format its extension names ({@code .json}, {@code
   * .yaml}, {@code .yml}), or by its content otherwise.
   *
   * @throws ModelFormatException if the file is not a valid model; it carries every problem
   * @throws IOException if the file cannot be read
   */
  public LoadedModel read(Path file) throws IOException {
    checkNotNull(file, "file");
    return read(file, List.of());
  }

  /**
   * Reads a model from {@code in} (such as standard input), guessing its format from its content;
   * {@code source} names it in messages.
   *
   * @throws ModelFormatException if the content is not a valid model
   * @throws IOException if the stream cannot be read
   */
  public LoadedModel read(String source, InputStream in) throws IOException {
    checkNotNull(source, "source");
    checkNotNull(in, "in");
    byte[] content = readBounded(source, in);
    return read(source, content, Format.detect(content));
  }

  /**
   * Reads a model from {@code content} in {@code format}; {@code source} names it in messages.
   *
   * @throws ModelFormatException if the content is not a valid model
   */
  public LoadedModel read(String source, byte[] content, Format format) throws ModelFormatException {
    checkNotNull(source, "source");
    checkNotNull(content, "content");
    checkNotNull(format, "format");
    List<Problem> problems = new ArrayList<>();
    Optional<Document> model = Document.parse(limits, source, content, format, false, problems);
    return compose(model, List.of(), false, problems);
  }

  /**
   * Reads the model in {@code modelFile} with its concepts replaced by those of the {@code
   * narrative-concepts/1} files {@code conceptSets}: the way rival readings of one case are run.
   * The sets' actors, aspects and practice types are merged with the model's by id; an id defined
   * twice must be defined identically. Every problem names the file it comes from.
   *
   * @throws ModelFormatException if a file is not valid, or the files do not combine
   * @throws IOException if a file cannot be read
   */
  public LoadedModel read(Path modelFile, List<Path> conceptSets) throws IOException {
    checkNotNull(modelFile, "modelFile");
    checkNotNull(conceptSets, "conceptSets");
    List<Problem> problems = new ArrayList<>();
    Optional<Document> model = document(modelFile, false, problems);
    List<Optional<Document>> sets = new ArrayList<>();
    for (Path set : conceptSets) {
      sets.add(document(set, true, problems));
    }
    return compose(model, sets, !conceptSets.isEmpty(), problems);
  }

  private Optional<Document> document(Path file, boolean conceptSet, List<Problem> problems)
      throws IOException {
    String source = file.toString();
    long size = Files.size(file);
    if (size > limits.maxDocumentBytes()) {
      problems.addAll(tooLarge(source, "the document is " + size + " bytes long").problems());
      return Optional.empty();
    }
    byte[] content = Files.readAllBytes(file);
    Format format = Format.fromFileName(file).orElse(Format.detect(content));
    return Document.parse(limits, source, content, format, conceptSet, problems);
  }

  /**
   * Combines a model with concept sets (replacing its concepts when {@code replace}), validates the
   * result, locates every diagnostic in the file its element came from, and returns the model or
   * throws with every problem.
   */
  private static LoadedModel compose(
      Optional<Document> model, List<Optional<Document>> sets, boolean replace, List<Problem> problems)
      throws ModelFormatException {
    if (model.isEmpty() || sets.stream().anyMatch(Optional::isEmpty)) {
      throw new ModelFormatException(problems);
    }
    Composition composition = new Composition(model.get(), problems);
    for (Optional<Document> set : sets) {
      composition.add(set.get());
    }
    Model combined = composition.build(replace);
    List<Problem> readerErrors = new ArrayList<>(problems);
    for (Diagnostic d : ModelValidator.validate(combined).diagnostics()) {
      Composition.Located at = composition.locate(d.pointer());
      if (!covered(readerErrors, at.source(), at.node().pointer)) {
        problems.add(
            new Problem(d.severity(), at.source(), at.node().line, at.node().column,
                at.node().pointer, d.message()));
      }
    }
    List<String> order = composition.sources();
    problems.sort(
        Comparator.comparingInt((Problem p) -> order.indexOf(p.source())).thenComparing(DOCUMENT_ORDER));
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      throw new ModelFormatException(problems);
    }
    return new LoadedModel(combined, ImmutableList.copyOf(problems));
  }

  /** True when a reader error already stands at or above {@code pointer} in {@code source}. */
  private static boolean covered(List<Problem> errors, String source, String pointer) {
    for (Problem p : errors) {
      if (p.severity() == Severity.ERROR
          && p.source().equals(source)
          && (pointer.equals(p.pointer()) || pointer.startsWith(p.pointer() + "/"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The file node of a model pointer: the longest recorded prefix, then the rest of the pointer
   * followed through the file tree as far as it goes.
   */
  static Node locate(Node root, Map<String, Node> located, String pointer) {
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    Node node = root;
    int used = 0;
    for (int i = tokens.length; i > 0; i--) {
      Node found = located.get("/" + String.join("/", java.util.Arrays.copyOf(tokens, i)));
      if (found != null) {
        node = found;
        used = i;
        break;
      }
    }
    for (int i = used; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      Node next = null;
      if (node.kind == Node.Kind.OBJECT) {
        next = node.fields.get(token);
      } else if (node.kind == Node.Kind.ARRAY && token.matches("\\d+")) {
        int index = Integer.parseInt(token);
        next = index < node.items.size() ? node.items.get(index) : null;
      }
      if (next == null) {
        break;
      }
      node = next;
    }
    return node;
  }

  private byte[] readBounded(String source, InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > limits.maxDocumentBytes()) {
        throw tooLarge(source, "the document is more than " + limits.maxDocumentBytes() + " bytes long");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Worded as the limits of {@link TreeParser}: what was found, the limit, how to raise it. */
  private ModelFormatException tooLarge(String source, String what) {
    return new ModelFormatException(
        ImmutableList.of(
            new Problem(Severity.ERROR, source, 0, 0, "",
                what + ", over the limit maxDocumentBytes=" + limits.maxDocumentBytes()
                    + "; raise it with ReadLimits.withMaxDocumentBytes(...)"
                    + " or the command-line option --max-document-bytes")));
  }
}
