package io.github.narrativeir.examples;

import io.github.narrativeir.model.Model;
import java.util.List;

/**
 * Sections 7 and 9: what the bundled data say ({@link DataBacking}, and the notes of the import
 * through the example's mappings), and the caveats that go with them.
 */
final class BundledData {
  private BundledData() {}

  /** Section 7: the import's notes, then what the tables say directly. */
  static Section findings(Model model, List<String> notes) {
    StringBuilder out = new StringBuilder();
    out.append("  Imported through the mappings in models/mappings (narrative import):\n");
    notes.forEach(n -> out.append("    ").append(n).append('\n'));
    out.append("  Read from the tables directly:\n");
    for (DataBacking.Finding f : DataBacking.findings(model)) {
      out.append("  [practice ").append(f.practice()).append("] ").append(f.text()).append('\n');
    }
    return new Section("What the bundled data say (data/ATTRIBUTION.md)", out.toString());
  }

  /** Section 9: the caveats, which the HTML report carries too. */
  static Section caveats(Model model) {
    StringBuilder out = new StringBuilder();
    DataBacking.caveats(model).forEach(c -> out.append("  - ").append(c).append('\n'));
    return new Section("Caveats (also in the HTML report)", out.toString());
  }
}
