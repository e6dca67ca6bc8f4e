package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Diagnostic;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 *
 * @since 0.1.0
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
   * @throws IOException if the file cannot be read: a {@link java.nio.file.NoSuchFileException} or
   *     another {@link java.nio.file.FileSystemException} naming the file and why ("is a
   *     directory")
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
    return read(source, in, List.of(), false);
  }

  /**
   * Reads a model from {@code content} in {@code format}; {@code source} names it in messages.
   *
   * @throws ModelFormatException if the content is not a valid model
   */
  public LoadedModel read(String source, byte[] content, Format format)
      throws ModelFormatException {
    checkNotNull(source, "source");
    checkNotNull(content, "content");
    checkNotNull(format, "format");
    ProblemList problems = new ProblemList();
    Optional<Document> model = Document.parse(limits, source, content, format, false, problems);
    List<Document> own = new ArrayList<>();
    if (model.isPresent()) {
      includes(
          model.get(),
          new ArrayList<>(),
          new java.util.HashSet<>(),
          new java.util.HashMap<>(),
          own,
          problems);
    }
    return compose(model, own, List.of(), false, problems);
  }

  /**
   * Reads the model in {@code modelFile} with its concepts replaced by those of the {@code
   * narrative-concepts/1} files {@code conceptSets} (and what they include): the way rival readings
   * of one case are run. With no sets, the model keeps its own concepts and those of the sets it
   * includes. Actors, aspects, practice types and concepts merge by id; an id defined twice must be
   * defined identically. Every problem names the file it comes from. {@link ModelComposition}
   * composes sets written in Java too, or without replacing the concepts.
   *
   * @throws ModelFormatException if a file is not valid, or the files do not combine
   * @throws IOException if the model or a concept set cannot be read: a {@link
   *     java.nio.file.NoSuchFileException} or another {@link java.nio.file.FileSystemException}
   *     naming that file and why ("is a directory"); a file that is not a regular file (a device, a
   *     pipe) is read up to {@link ReadLimits#maxDocumentBytes()}
   */
  public LoadedModel read(Path modelFile, List<Path> conceptSets) throws IOException {
    checkNotNull(modelFile, "modelFile");
    checkNotNull(conceptSets, "conceptSets");
    return read(modelFile, conceptSets, !conceptSets.isEmpty());
  }

  /**
   * Reads the model in {@code modelFile} composed with the concept sets in {@code conceptSets},
   * whose concepts replace the model's (and those of the sets it includes) when {@code replace}.
   */
  LoadedModel read(Path modelFile, List<Path> conceptSets, boolean replace) throws IOException {
    ProblemList problems = new ProblemList();
    Optional<Document> model = document(modelFile, false, problems);
    return composed(model, List.of(canonical(modelFile)), conceptSets, replace, problems);
  }

  /**
   * Reads a model from {@code in}, as {@link #read(String, InputStream)} does, composed with the
   * concept sets in {@code conceptSets}, whose concepts replace the model's when {@code replace}.
   */
  LoadedModel read(String source, InputStream in, List<Path> conceptSets, boolean replace)
      throws IOException {
    byte[] content;
    try {
      content = BoundedInput.read(in, limits.maxDocumentBytes());
    } catch (BoundedInput.TooLarge e) {
      throw tooLarge(source, e.getMessage());
    }
    ProblemList problems = new ProblemList();
    Optional<Document> model =
        Document.parse(limits, source, content, Format.detect(content), false, problems);
    return composed(model, List.of(), conceptSets, replace, problems);
  }

  /**
   * Composes {@code model} (when it could be read; {@code chain} is its file, if it has one) with
   * the sets it includes and with {@code conceptSets}, whose concepts replace the model's when
   * {@code replace}, and returns the model or throws with every problem.
   */
  private LoadedModel composed(
      Optional<Document> model,
      List<Path> chain,
      List<Path> conceptSets,
      boolean replace,
      ProblemList problems)
      throws IOException {
    List<Document> own = new ArrayList<>();
    // Each file is read and reported once (read), but the model's includes and the replacement
    // sets are two separate compositions (done): a set the model includes can also replace its
    // concepts, and then it must not be skipped as "already read".
    Map<Path, Optional<Document>> read = new java.util.HashMap<>();
    if (model.isPresent()) {
      includes(model.get(), new ArrayList<>(chain), new java.util.HashSet<>(), read, own, problems);
    }
    List<Document> replacement = new ArrayList<>();
    java.util.Set<Path> done = new java.util.HashSet<>();
    for (Path file : conceptSets) {
      Path key = canonical(file);
      if (!done.add(key)) {
        continue;
      }
      Optional<Document> set =
          read.containsKey(key) ? read.get(key) : document(file, true, problems);
      read.put(key, set);
      if (set.isPresent()) {
        includes(set.get(), new ArrayList<>(List.of(key)), done, read, replacement, problems);
        replacement.add(set.get());
      }
    }
    return compose(model, own, replacement, replace, problems);
  }

  /**
   * Reads, depth first, the concept sets {@code document} includes (paths relative to its file, or
   * to the working directory for standard input), each file once per composition ({@code done}); a
   * file read before (in {@code read}) is not read again. Reports, at the include entry, include
   * cycles (naming the chain), missing files, and what is not a regular file: a directory, or a
   * device, pipe or socket (which could block or never end).
   */
  private void includes(
      Document document,
      List<Path> chain,
      java.util.Set<Path> done,
      Map<Path, Optional<Document>> read,
      List<Document> out,
      List<Problem> problems) {
    for (Node entry : document.includes) {
      Path file =
          (document.path == null
                  ? Path.of(entry.text)
                  : document.path.toAbsolutePath().resolveSibling(entry.text))
              .normalize();
      Path key = canonical(file);
      if (chain.contains(key)) {
        List<String> names = new ArrayList<>();
        for (Path p : chain.subList(chain.indexOf(key), chain.size())) {
          names.add(p.getFileName().toString());
        }
        names.add(key.getFileName().toString());
        problems.add(
            new Problem(
                ProblemCode.INCLUDE_CYCLE,
                Severity.ERROR,
                document.source,
                entry.line,
                entry.column,
                entry.pointer,
                "include cycle: " + String.join(" -> ", names)));
        continue;
      }
      if (!done.add(key)) {
        continue;
      }
      String name = Node.excerpt(entry.text);
      String notRegular = notRegular(file);
      if (notRegular != null) {
        problems.add(
            new Problem(
                ProblemCode.UNREADABLE_FILE,
                Severity.ERROR,
                document.source,
                entry.line,
                entry.column,
                entry.pointer,
                "cannot include '" + name + "': " + notRegular + " (" + file + ")"));
        continue;
      }
      try {
        Optional<Document> set =
            read.containsKey(key) ? read.get(key) : document(file, true, problems);
        read.put(key, set);
        if (set.isPresent()) {
          chain.add(key);
          includes(set.get(), chain, done, read, out, problems);
          chain.remove(chain.size() - 1);
          out.add(set.get());
        }
      } catch (IOException e) {
        problems.add(
            new Problem(
                ProblemCode.UNREADABLE_FILE,
                Severity.ERROR,
                document.source,
                entry.line,
                entry.column,
                entry.pointer,
                "cannot include '" + name + "': " + reason(e)));
      }
    }
  }

  /** Why {@code file} cannot be included, or null when it is a regular file. */
  private static @Nullable String notRegular(Path file) {
    java.nio.file.attribute.BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return "no such file";
    } catch (IOException e) {
      return reason(e);
    }
    if (attributes.isDirectory()) {
      return "is a directory";
    }
    if (!attributes.isRegularFile()) {
      return "not a regular file (a device, pipe or socket)";
    }
    return null;
  }

  /** The reason of an I/O failure without the file name (the message names the file already). */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException) {
      String reason = ((java.nio.file.FileSystemException) e).getReason();
      if (reason != null) {
        return reason;
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such file";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
    }
    return String.valueOf(e.getMessage());
  }

  private static Path canonical(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /**
   * Reads the concept set ({@code narrative-concepts/1}) in {@code file}, with the sets it includes
   * merged in. A concept set is checked for its syntax, fields, ids and merge conflicts; whether
   * its references resolve is checked when it is combined with a model.
   *
   * @throws ModelFormatException if the file is not a valid concept set
   * @throws IOException if a file cannot be read
   */
  public ConceptSet readConceptSet(Path file) throws IOException {
    checkNotNull(file, "file");
    ProblemList problems = new ProblemList();
    Optional<Document> set = document(file, true, problems);
    return conceptSet(set, file.toString(), new ArrayList<>(List.of(canonical(file))), problems);
  }

  /**
   * Reads a concept set ({@code narrative-concepts/1}) from {@code content} in {@code format}, with
   * the sets it includes (paths relative to the working directory) merged in; {@code source} names
   * it in messages. Checked as {@link #readConceptSet(Path)} checks a file.
   *
   * @throws ModelFormatException if the content is not a valid concept set
   */
  public ConceptSet readConceptSet(String source, byte[] content, Format format)
      throws ModelFormatException {
    checkNotNull(source, "source");
    checkNotNull(content, "content");
    checkNotNull(format, "format");
    ProblemList problems = new ProblemList();
    Optional<Document> set = Document.parse(limits, source, content, format, true, problems);
    return conceptSet(set, source, new ArrayList<>(), problems);
  }

  /** The concept set of {@code set} with its includes merged in, or every problem thrown. */
  private ConceptSet conceptSet(
      Optional<Document> set, String source, List<Path> chain, ProblemList problems)
      throws ModelFormatException {
    if (set.isEmpty()) {
      throw problems.failure(source);
    }
    List<Document> included = new ArrayList<>();
    includes(
        set.get(), chain, new java.util.HashSet<>(), new java.util.HashMap<>(), included, problems);
    Model merged = new FileComposition(set.get(), included, List.of(), false, problems).model();
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)
        || problems.droppedErrors() > 0) {
      throw problems.failure(source);
    }
    ConceptSet.Builder b =
        ConceptSet.builder()
            .actors(merged.actors())
            .aspects(merged.aspects())
            .practices(merged.practices())
            .concepts(merged.concepts());
    merged.name().ifPresent(b::name);
    return b.build();
  }

  private Optional<Document> document(Path file, boolean conceptSet, List<Problem> problems)
      throws IOException {
    String source = file.toString();
    byte[] content;
    try {
      content = BoundedInput.read(file, limits.maxDocumentBytes());
    } catch (BoundedInput.TooLarge e) {
      problems.addAll(tooLarge(source, e.getMessage()).problems());
      return Optional.empty();
    }
    Format format = Format.fromFileName(file).orElse(Format.detect(content));
    Optional<Document> document =
        Document.parse(limits, source, content, format, conceptSet, problems);
    document.ifPresent(d -> d.path = file);
    return document;
  }

  /**
   * Combines a model with concept sets (replacing its concepts when {@code replace}), validates the
   * result, locates every diagnostic in the file its element came from, and returns the model or
   * throws with every problem.
   */
  private static LoadedModel compose(
      Optional<Document> model,
      List<Document> own,
      List<Document> replacement,
      boolean replace,
      ProblemList problems)
      throws ModelFormatException {
    if (model.isEmpty()) {
      throw problems.failure(first(problems));
    }
    FileComposition composition =
        new FileComposition(model.get(), own, replacement, replace, problems);
    Model combined = composition.model();
    List<Problem> readerErrors = new ArrayList<>(problems);
    for (Diagnostic d : ModelValidator.validate(combined).diagnostics()) {
      FileComposition.Located at = composition.locate(d.pointer());
      if (!covered(readerErrors, at.source(), at.node().pointer)) {
        problems.add(
            new Problem(
                ProblemCode.VALIDATION,
                d.severity(),
                at.source(),
                at.node().line,
                at.node().column,
                at.node().pointer,
                d.message()));
      }
    }
    List<String> order = composition.sources();
    problems.sort(
        Comparator.comparingInt((Problem p) -> order.indexOf(p.source()))
            .thenComparing(DOCUMENT_ORDER));
    if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)
        || problems.droppedErrors() > 0) {
      throw problems.failure(model.get().source);
    }
    return new LoadedModel(combined, ImmutableList.copyOf(problems.reported(model.get().source)));
  }

  /** The source of the first problem (the model's, when it could not be read). */
  private static String first(List<Problem> problems) {
    return problems.isEmpty() ? "" : problems.get(0).source();
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

  /** Worded as the limits of {@link TreeParser}: what was found, the limit, how to raise it. */
  private ModelFormatException tooLarge(String source, String what) {
    return new ModelFormatException(
        ImmutableList.of(
            new Problem(
                ProblemCode.LIMIT_DOCUMENT_BYTES,
                Severity.ERROR,
                source,
                0,
                0,
                "",
                TreeParser.limitMessage(what, "maxDocumentBytes", limits.maxDocumentBytes()))));
  }
}
