package coop.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.ess.core.EssValidationException;
import coop.ess.core.community.Siret;
import coop.ess.core.venue.Venue;
import coop.ess.examples.cargo.EssCargo;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Runs the SDK as named modules (this module's tests run on the module path), so that JPMS mistakes show up here
 * rather than in users' applications: missing exports or requires, resources that a module cannot read, internal
 * packages or generated classes that leak.
 */
class NamedModuleTest {

  private static final List<String> SDK_MODULES =
      List.of("coop.ess.core", "coop.ess.booking", "coop.ess.timebank", "coop.ess.json");

  @Test
  void theSdkRunsAsNamedModules() {
    Module core = Venue.class.getModule();
    assertThat(core.isNamed()).isTrue();
    assertThat(core.getName()).isEqualTo("coop.ess.core");
    assertThat(NamedModuleTest.class.getModule().getName()).isEqualTo("coop.ess.examples");
    for (String name : SDK_MODULES) {
      assertThat(ModuleLayer.boot().findModule(name)).as(name).isPresent();
    }
  }

  @Test
  void theInternalPackageIsSharedOnlyWithTheSdksOwnModules() {
    Module core = Venue.class.getModule();
    Module self = NamedModuleTest.class.getModule();
    Module booking = ModuleLayer.boot().findModule("coop.ess.booking").orElseThrow();
    assertThat(core.isExported("coop.ess.core.internal", self)).isFalse();
    assertThat(core.isExported("coop.ess.core.internal", booking)).isTrue();
    assertThat(core.isExported("coop.ess.core.venue", self)).isTrue();
  }

  @Test
  void messagesAreReadFromInsideTheNamedModule() {
    Assertions.assertThatThrownBy(() -> Siret.of("73282932000075"))
        .isInstanceOfSatisfying(EssValidationException.class, e -> {
          assertThat(e.violations().get(0).messageEn()).contains("wrong check digit");
          assertThat(e.violations().get(0).messageFr()).contains("clé de contrôle");
        });
    assertThat(EssCargo.venue().spaces()).hasSize(6);
  }

  @Test
  void everyExportedPackageIsNullMarkedAndHidesGeneratedClasses() throws IOException {
    for (String name : SDK_MODULES) {
      Module module = ModuleLayer.boot().findModule(name).orElseThrow();
      Set<String> exported = module.getDescriptor().exports().stream()
          .filter(export -> !export.isQualified())
          .map(java.lang.module.ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      for (String pkg : exported) {
        Class<?> info = loadOrNull(module, pkg + ".package-info");
        assertThat(info).as("package-info of %s", pkg).isNotNull();
        assertThat(info.isAnnotationPresent(NullMarked.class)).as("%s is @NullMarked", pkg).isTrue();
      }
      ResolvedModule resolved = ModuleLayer.boot().configuration().findModule(name).orElseThrow();
      try (ModuleReader reader = resolved.reference().open()) {
        List<String> leaks = reader.list()
            .filter(entry -> entry.endsWith(".class") && entry.contains("/Immutable"))
            .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
            .filter(type -> exported.contains(type.substring(0, type.lastIndexOf('.'))))
            .filter(type -> {
              Class<?> generated = loadOrNull(module, type);
              return generated != null && isAccessibleFromOutside(generated);
            })
            .toList();
        assertThat(leaks).as("public generated classes in %s", name).isEmpty();
      }
    }
  }

  /** A nested class is reachable only if it and every class around it are public. */
  private static boolean isAccessibleFromOutside(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> loadOrNull(Module module, String name) {
    return Class.forName(module, name);
  }
}
