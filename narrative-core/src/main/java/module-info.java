/**
 * narrative's core: the model of situational narratives as immutable values ({@code model}), the
 * inference engine and its evaluation ({@code inference}), and the analyses built on them ({@code
 * analysis}). No input or output: files are read and written by {@code io.github.narrativeir.io}.
 *
 * <p>Concept sets written in Java are found as {@link
 * io.github.narrativeir.model.ConceptSetProvider} services.
 *
 * @since 0.1.0
 */
module io.github.narrativeir.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static java.compiler; // @javax.annotation.processing.Generated on Immutables' classes

  exports io.github.narrativeir.model;
  exports io.github.narrativeir.inference;
  exports io.github.narrativeir.analysis;
  exports io.github.narrativeir.internal to
      io.github.narrativeir.io,
      io.github.narrativeir.cli;

  uses io.github.narrativeir.model.ConceptSetProvider;
}
