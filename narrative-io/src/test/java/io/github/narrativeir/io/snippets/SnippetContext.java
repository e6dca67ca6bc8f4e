package io.github.narrativeir.io.snippets;

import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.io.BoundaryShifts;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The values the library's Javadoc examples take as given, as fields an example's own variables may
 * shadow. Never run: the examples are only compiled.
 */
@SuppressWarnings("unused")
abstract class SnippetContext {
  Model model;
  Model caseModel;
  Inference result;
  Inference inference;
  Prediction prediction;
  ConceptSet realistReading;
  ConceptSet usConcepts;
  ConceptSet pakistanConcepts;
  ConceptSet realist;
  ConceptSet liberal;
  SensitivityResult sensitivity;
  Writer writer;
  Writer out;
  OutputStream stream;
  Path file;
  Map<String, Model> theories;
  List<Observation> observations;
  BoundaryShifts.Result shifts;
}
