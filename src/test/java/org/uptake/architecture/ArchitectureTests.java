package org.uptake.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static JavaClasses uptake;
    private static JavaClasses brokenFixture;

    @BeforeAll
    static void importClasses() {
        uptake = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uptake");
        brokenFixture = new ClassFileImporter().importPackages("archfixture");
    }

    @Test
    void modulesDependOnlyDownTheAgreedDirection() {
        ModuleRules.dependencyDirection("org.uptake").check(uptake);
    }

    @Test
    void modulesFormNoCycles() {
        ModuleRules.modulesFreeOfCycles("org.uptake").check(uptake);
    }

    @Test
    void packagesFormNoCycles() {
        ModuleRules.packagesFreeOfCycles("org.uptake").check(uptake);
    }

    @Test
    void controllersReachDataOnlyThroughServices() {
        ModuleRules.controllersGoThroughServices("org.uptake").check(uptake);
    }

    @Test
    void repositoriesAreNotPartOfAModulesApi() {
        ModuleRules.repositoriesStayInsideTheirFeature("org.uptake").check(uptake);
    }

    @Test
    void classNamesComeFromTheDomain() {
        ModuleRules.namesComeFromTheDomain("org.uptake").check(uptake);
    }

    /** The fixture's shared module calls org, against the direction, and the two form a cycle. */
    @Test
    void rulesCatchABoundaryViolationAndACycle() {
        assertThatThrownBy(() -> ModuleRules.dependencyDirection("archfixture").check(brokenFixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("shared");
        assertThatThrownBy(() -> ModuleRules.modulesFreeOfCycles("archfixture").check(brokenFixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }
}
