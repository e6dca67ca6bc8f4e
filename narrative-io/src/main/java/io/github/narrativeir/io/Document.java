package io.github.narrativeir.io;

import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.io.internal.ObjectReader;
import io.github.narrativeir.model.Model;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One file read into a model (or, for a concept set, a model holding only what the set defines),
 * with its tree and the file node each model element came from.
 */
final class Document {
  final String source;
  final Node root;
  final Map<String, Node> located;
  final Model model;

  /** The entries of the document's {@code include} list. */
  final List<Node> includes;

  /** The file, when the document was read from one: includes resolve against its directory. */
  java.nio.file.@Nullable Path path;

  private Document(
      String source, Node root, Map<String, Node> located, Model model, List<Node> includes) {
    this.source = source;
    this.root = root;
    this.located = located;
    this.model = model;
    this.includes = includes;
  }

  /** Parses and maps {@code content}; empty (with the problems added) when that is impossible. */
  static Optional<Document> parse(
      ReadLimits limits,
      String source,
      byte[] content,
      Format format,
      boolean conceptSet,
      List<Problem> problems) {
    Node root;
    try {
      root = new TreeParser(limits, source, problems).parse(content, format);
    } catch (TreeParser.Fatal e) {
      return Optional.empty();
    }
    ModelMapper mapper = new ModelMapper(new ObjectReader.Problems(source, problems));
    Optional<Model> model = conceptSet ? mapper.mapConceptSet(root) : mapper.map(root);
    return model.map(m -> new Document(source, root, mapper.located(), m, mapper.includes()));
  }

  /** The file node of a pointer into this document's own model. */
  Node locate(String pointer) {
    return ModelReader.locate(root, located, pointer);
  }
}
