package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.InvalidModelException;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a model is composed with concept sets when it is read: the sets, from files ({@code
 * narrative-concepts/1}) or written in Java, and whether their concepts replace the model's. The
 * model's own {@code include:} lists are always followed. Actors, aspects, practice types and
 * concepts merge by id, and an id defined twice must be defined identically (the rule is {@link
 * io.github.narrativeir.model.ComposedModel}'s).
 *
 * <p>The files are read and composed first, every problem located by file, line and column, as
 * {@link ModelReader#read(Path, List)} locates them; the sets written in Java are composed with the
 * result, as {@link ConceptSets} composes them. A composition is immutable and thread-safe: one can
 * read many models, such as one reading run on several cases.
 *
 * <pre>{@code
 * ModelComposition realist = ModelComposition.builder()
 *     .addConceptSet(Path.of("realist.concepts.yaml"))
 *     .replaceConcepts(true)
 *     .build();
 * try {
 *   LoadedModel loaded = realist.read(Path.of("musharraf-era.yaml"));
 *   Inference result = NarrativeEngine.create().infer(loaded.model());
 * } catch (ModelFormatException e) {   // a file is not valid, or the files do not combine
 *   e.problems().forEach(p -> System.err.println(p.render()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ModelComposition {
  private final ModelReader reader;
  private final ImmutableList<Path> conceptSetFiles;
  private final ImmutableList<ConceptSet> conceptSets;
  private final boolean replaceConcepts;
  private final Consumer<? super Problem> warningListener;

  private ModelComposition(Builder b) {
    this.reader = b.reader;
    this.conceptSetFiles = b.files.build();
    this.conceptSets = b.sets.build();
    this.replaceConcepts = b.replaceConcepts;
    this.warningListener = b.warningListener;
  }

  /** Returns a new builder: no concept sets, concepts not replaced, the default reader. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reader the files are read with (and its limits). */
  public ModelReader reader() {
    return reader;
  }

  /** The concept sets read from files, in the order they are composed. */
  public ImmutableList<Path> conceptSetFiles() {
    return conceptSetFiles;
  }

  /** The concept sets written in Java, in the order they are composed. */
  public ImmutableList<ConceptSet> conceptSets() {
    return conceptSets;
  }

  /**
   * Whether the sets' concepts replace those of the model (and of the sets it includes), rather
   * than join them.
   */
  public boolean replacesConcepts() {
    return replaceConcepts;
  }

  /**
   * Reads the model in {@code modelFile}, in the format its extension names (or by its content),
   * composed with the concept sets.
   *
   * @throws ModelFormatException if a file is not valid, or the files do not combine: every
   *     problem, located in its file
   * @throws InvalidModelException if a set written in Java does not combine with the model read
   *     from the files (an id it defines differently, or a reference to what the model lacks)
   * @throws IOException if the model or a concept set cannot be read: a {@link
   *     java.nio.file.NoSuchFileException} or another {@link java.nio.file.FileSystemException}
   *     naming that file and why
   */
  public LoadedModel read(Path modelFile) throws IOException {
    checkNotNull(modelFile, "modelFile");
    return withJavaSets(reader.read(modelFile, conceptSetFiles, replacesFileConcepts()));
  }

  /**
   * Reads a model from {@code in} (such as standard input), guessing its format from its content,
   * composed with the concept sets; {@code source} names it in messages, and the paths it includes
   * are relative to the working directory.
   *
   * @throws ModelFormatException if the content or a concept set is not valid, or they do not
   *     combine
   * @throws InvalidModelException if a set written in Java does not combine with the model read
   * @throws IOException if the stream or a concept set cannot be read
   */
  public LoadedModel read(String source, InputStream in) throws IOException {
    checkNotNull(source, "source");
    checkNotNull(in, "in");
    return withJavaSets(reader.read(source, in, conceptSetFiles, replacesFileConcepts()));
  }

  /** Whether the files' concepts replace the model's: when there are files to replace them. */
  private boolean replacesFileConcepts() {
    return replaceConcepts && !conceptSetFiles.isEmpty();
  }

  /**
   * The model read from the files composed with the sets written in Java, after its warnings are
   * told to the listener. Replacing, the concepts are those of the Java sets, then those the files
   * gave (which replaced the model's already); else the Java sets' join the model's.
   */
  private LoadedModel withJavaSets(LoadedModel loaded) {
    loaded.warnings().forEach(warningListener);
    if (conceptSets.isEmpty() && !(replaceConcepts && conceptSetFiles.isEmpty())) {
      return loaded;
    }
    Model base = loaded.model();
    List<ConceptSet> sets = new ArrayList<>(conceptSets);
    Model model;
    if (replaceConcepts) {
      if (!conceptSetFiles.isEmpty()) {
        sets.add(ConceptSet.builder().concepts(base.concepts()).build());
      }
      model = ConceptSets.replaceConcepts(base, sets);
    } else {
      model = ConceptSets.compose(base, sets);
    }
    ModelValidator.validate(model).throwIfInvalid();
    return new LoadedModel(model, loaded.warnings());
  }

  /**
   * Builds a {@link ModelComposition}. A builder can be reused: each {@link #build()} takes what it
   * holds then.
   */
  public static final class Builder {
    private ModelReader reader = ModelReader.create();
    private final ImmutableList.Builder<Path> files = ImmutableList.builder();
    private final ImmutableList.Builder<ConceptSet> sets = ImmutableList.builder();
    private boolean replaceConcepts;
    private Consumer<? super Problem> warningListener = warning -> {};

    private Builder() {}

    /**
     * Reads the files with {@code reader} (and its limits) instead of {@link ModelReader#create()}.
     */
    public Builder reader(ModelReader reader) {
      this.reader = checkNotNull(reader, "reader");
      return this;
    }

    /**
     * Adds the concept set in {@code file} (a {@code narrative-concepts/1} file) and what it
     * includes.
     */
    public Builder addConceptSet(Path file) {
      files.add(checkNotNull(file, "file"));
      return this;
    }

    /** Adds the concept sets in {@code files}, in order. */
    public Builder addConceptSetFiles(Iterable<Path> files) {
      checkNotNull(files, "files").forEach(this::addConceptSet);
      return this;
    }

    /** Adds a concept set written in Java, such as one {@link ConceptSets#provided()} finds. */
    public Builder addConceptSet(ConceptSet set) {
      sets.add(checkNotNull(set, "set"));
      return this;
    }

    /**
     * Sets whether the sets' concepts replace those of the model and of the sets it includes (how a
     * rival reading is run on one case), rather than join them; false unless set. Replacing with no
     * sets at all leaves the model without concepts.
     */
    public Builder replaceConcepts(boolean replace) {
      this.replaceConcepts = replace;
      return this;
    }

    /**
     * Tells {@code listener} each warning of the files once they are read, before the sets written
     * in Java are composed (which may fail): a command can print them where they belong. The
     * warnings are also in {@link LoadedModel#warnings()}.
     */
    public Builder warningListener(Consumer<? super Problem> listener) {
      this.warningListener = checkNotNull(listener, "listener");
      return this;
    }

    /** Returns the composition. */
    public ModelComposition build() {
      return new ModelComposition(this);
    }
  }
}
