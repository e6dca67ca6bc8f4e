package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Model;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The library's module descriptors export the API packages to everyone and the internal helpers to
 * the project's own modules only. The tests run on the module path, so the descriptors read here
 * are the ones the jars carry.
 */
class ModuleDescriptorsTest {

  @Test
  void core_exportsItsApiPackages_andItsInternalsOnlyToOurModules() {
    ModuleDescriptor core = descriptor(Model.class.getModule());

    assertThat(exports(core))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "io.github.narrativeir.analysis", Set.of(),
                    "io.github.narrativeir.inference", Set.of(),
                    "io.github.narrativeir.internal",
                        Set.of("io.github.narrativeir.cli", "io.github.narrativeir.io"),
                    "io.github.narrativeir.model", Set.of())));
    assertThat(core.opens()).isEmpty();
    assertThat(core.uses()).containsExactly("io.github.narrativeir.model.ConceptSetProvider");
  }

  @Test
  void io_exportsItsApiPackages_andItsInternalsOnlyToTheCli() {
    ModuleDescriptor io = descriptor(ModelReader.class.getModule());

    assertThat(exports(io))
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "io.github.narrativeir.io", Set.of(),
                    "io.github.narrativeir.io.dna", Set.of(),
                    "io.github.narrativeir.io.internal", Set.of("io.github.narrativeir.cli"),
                    "io.github.narrativeir.io.jackson", Set.of(),
                    "io.github.narrativeir.io.report", Set.of())));
    assertThat(io.opens()).isEmpty();
    assertThat(io.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("java.sql")
        .as("the SQLite driver is found at run time, never required")
        .doesNotContain("org.xerial.sqlitejdbc");
    assertThat(io.provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
              assertThat(p.providers())
                  .containsExactly("io.github.narrativeir.io.jackson.NarrativeModule");
            });
  }

  @Test
  void coreInternals_areNotExportedToOtherModules_atRunTime() {
    Module core = Model.class.getModule();
    Module io = ModelReader.class.getModule();
    descriptor(core);
    Module user = ModuleLayer.boot().findModule("com.fasterxml.jackson.databind").orElseThrow();

    assertThat(core.isExported("io.github.narrativeir.model", user)).isTrue();
    assertThat(core.isExported("io.github.narrativeir.internal", user)).isFalse();
    assertThat(core.isExported("io.github.narrativeir.internal", io)).isTrue();
    // io's own packages are not asked here: the test run patches them and opens them to JUnit.
  }

  private static ModuleDescriptor descriptor(Module module) {
    assertThat(module.isNamed()).as("%s runs on the module path", module).isTrue();
    return module.getDescriptor();
  }

  /** Each exported package with the modules it is exported to (empty: to everyone). */
  private static Map<String, Set<String>> exports(ModuleDescriptor descriptor) {
    Map<String, Set<String>> exports = new TreeMap<>();
    for (Exports e : descriptor.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    return exports;
  }
}
