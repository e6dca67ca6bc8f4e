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
    String source = file.toString();
    long size = Files.size(file);
    if (size > limits.maxDocumentBytes()) {
      throw tooLarge(source, "the document is " + size + " bytes long");
    }
    byte[] content = Files.readAllBytes(file);
    return read(source, content, Format.fromFileName(file).orElse(Format.detect(content)));
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
    Node root;
    try {
      root = new TreeParser(limits, source, problems).parse(content, format);
    } catch (TreeParser.Fatal e) {
      throw new ModelFormatException(problems);
    }
    ModelMapper mapper = new ModelMapper(new ObjectReader.Problems(source, problems));
    Optional<Model> model = mapper.map(root);
    if (model.isPresent()) {
      List<Problem> readerErrors = new ArrayList<>(problems);
      for (Diagnostic d : ModelValidator.validate(model.get()).diagnostics()) {
        Node at = locate(root, mapper.located(), d.pointer());
        if (!covered(readerErrors, at.pointer)) {
          problems.add(new Problem(d.severity(), source, at.line, at.column, at.pointer, d.message()));
        }
      }
    }
    problems.sort(DOCUMENT_ORDER);
    if (model.isEmpty() || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      throw new ModelFormatException(problems);
    }
    return new LoadedModel(model.get(), ImmutableList.copyOf(problems));
  }

  /** True when a reader error already stands at or above {@code pointer}. */
  private static boolean covered(List<Problem> errors, String pointer) {
    for (Problem p : errors) {
      if (p.severity() == Severity.ERROR
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
