package io.github.narrativeir.spark;

import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.model.InvalidModelException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reading the command line's files as the {@code narrative} command does, problems located. */
final class Inputs {
  private Inputs() {}

  /**
   * The model in {@code file} with its concepts replaced by those of {@code conceptSets}, if any;
   * warnings printed to {@code err}.
   *
   * @throws UserError after printing every problem, with {@code FILE: N errors}
   */
  static LoadedModel model(Path file, List<Path> conceptSets, PrintStream err) {
    try {
      return ModelComposition.builder()
          .addConceptSetFiles(conceptSets)
          .replaceConcepts(!conceptSets.isEmpty())
          .warningListener(w -> err.println(w.render()))
          .build()
          .read(file);
    } catch (ModelFormatException e) {
      throw located(file, e, err);
    } catch (InvalidModelException e) {
      throw new UserError(
          "narrative: the concept sets do not combine with the model:\n" + e.report().render());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Prints the problems of {@code e} and says how many errors {@code file} has. */
  static UserError located(Object file, ModelFormatException e, PrintStream err) {
    for (Problem p : e.problems()) {
      err.println(p.render());
    }
    long n = e.errorCount();
    return new UserError(file + ": " + n + (n == 1 ? " error" : " errors"));
  }

  /** The one-line message for a file that cannot be read. */
  static UserError unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException n) {
      return new UserError((n.getFile() != null ? n.getFile() : file) + ": no such file");
    }
    if (e instanceof AccessDeniedException a) {
      return new UserError(
          (a.getFile() != null ? a.getFile() : file) + ": cannot read: permission denied");
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return new UserError(
          (f.getFile() != null ? f.getFile() : file) + ": cannot read: " + f.getReason());
    }
    return new UserError(file + ": cannot read: " + e.getMessage());
  }
}
