package org.frontline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;

/** The modules of DESIGN.md stay modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(FrontlineApplication.class);
    private static final com.tngtech.archunit.core.domain.JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.frontline");

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void noLegacyDateTypes() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(CLASSES);
    }

    @Test
    void domainCodeTakesTimeFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .because("time comes from an injected Clock so tests can fix it")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToStandardOut() {
        noClasses().should().accessField(System.class, "out").check(CLASSES);
    }
}
