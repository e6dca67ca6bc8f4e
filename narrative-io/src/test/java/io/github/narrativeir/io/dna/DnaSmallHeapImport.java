package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.Model;
import java.nio.file.Path;

/**
 * Run in a child JVM with a heap smaller than the database's text by {@link DnaLargeImportTest}:
 * imports {@code args[0]} through {@code args[1]} into the model {@code args[2]} and prints the
 * report's counts.
 */
final class DnaSmallHeapImport {
  private DnaSmallHeapImport() {}

  public static void main(String[] args) throws Exception {
    Model model = ModelReader.create().read(Path.of(args[2])).model();
    DnaImport.Result r = DnaImport.run(Path.of(args[0]), Path.of(args[1]), model);
    DnaReport report = r.report();
    long evidence = r.model().concepts().stream().mapToLong(c -> c.evidence().size()).sum();
    System.out.println(
        "read="
            + report.read()
            + " mapped="
            + report.mapped()
            + " added="
            + report.added()
            + " evidence="
            + evidence
            + " heap="
            + (Runtime.getRuntime().maxMemory() >> 20)
            + "m");
  }
}
