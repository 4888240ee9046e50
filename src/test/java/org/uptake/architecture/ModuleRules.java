package org.uptake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The module rules of DESIGN.md as ArchUnit rules, parameterised by the root package so that a
 * deliberately broken fixture can prove each rule really fails.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** org ← access ← everything; rollout on program; people-side modules on program and rollout; report on top. */
    static LayeredArchitecture dependencyDirection(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("shared").definedBy(root + ".shared..")
                .layer("org").definedBy(root + ".org..")
                .layer("access").definedBy(root + ".access..")
                .layer("program").definedBy(root + ".program..")
                .layer("approval").definedBy(root + ".approval..")
                .layer("rollout").definedBy(root + ".rollout..")
                .layer("training").definedBy(root + ".training..")
                .layer("engagement").definedBy(root + ".engagement..")
                .layer("support").definedBy(root + ".support..")
                .layer("measure").definedBy(root + ".measure..")
                .layer("process").definedBy(root + ".process..")
                .layer("competency").definedBy(root + ".competency..")
                .layer("procurement").definedBy(root + ".procurement..")
                .layer("governance").definedBy(root + ".governance..")
                .layer("report").definedBy(root + ".report..")
                .whereLayer("report").mayNotBeAccessedByAnyLayer()
                .whereLayer("training").mayOnlyBeAccessedByLayers("report")
                .whereLayer("engagement").mayOnlyBeAccessedByLayers("report")
                .whereLayer("support").mayOnlyBeAccessedByLayers("report")
                .whereLayer("measure").mayOnlyBeAccessedByLayers("report")
                .whereLayer("rollout").mayOnlyBeAccessedByLayers("training", "engagement", "support", "measure",
                        "process", "competency", "procurement", "governance", "report")
                .whereLayer("access").mayOnlyBeAccessedByLayers("program", "approval", "rollout", "training", "engagement",
                        "support", "measure", "process", "competency", "procurement", "governance", "report")
                .whereLayer("org").mayOnlyBeAccessedByLayers("access", "program", "approval", "rollout", "training",
                        "engagement", "support", "measure", "process", "competency", "procurement", "governance", "report")
                .whereLayer("shared").mayOnlyBeAccessedByLayers("org", "access", "program", "approval", "rollout", "training",
                        "engagement", "support", "measure", "process", "competency", "procurement", "governance", "report");
    }

    /** No two modules depend on each other, directly or in a ring. */
    static ArchRule modulesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Inside a module, sub-features do not form rings either (web → feature, never back). */
    static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule controllersGoThroughServices(String root) {
        return noClasses().that().resideInAPackage(root + "..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("request flow is controller → service → repository");
    }

    static ArchRule repositoriesStayInsideTheirFeature(String root) {
        return classes().that().resideInAPackage(root + "..").and().haveSimpleNameEndingWith("Repository")
                .and().areNotInterfaces()
                .should().notBePublic()
                .because("a module's API is its services; its tables are its own");
    }

    static ArchRule namesComeFromTheDomain(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl");
    }
}
