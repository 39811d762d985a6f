package dev.mlwb.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** View models stay free of controls and charts (they are plain-JUnit tested); nothing prints. */
@AnalyzeClasses(packages = "dev.mlwb.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule VIEW_MODELS_HAVE_NO_CONTROLS = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "io.fair_acc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule VIEW_MODELS_DO_NOT_KNOW_VIEWS = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .because("state and formatting live in the view model; the view binds to it");

    @ArchTest
    static final ArchRule EVIDENCE_VIEWS_DO_NOT_REACH_INTO_THE_WINDOW = noClasses().that()
            .resideInAPackage("dev.mlwb.app.evidence..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.mlwb.app.main..").orShould().dependOnClassesThat()
            .haveSimpleName("AnalysisService")
            .because("evidence views get what they need through ViewContext and never query DuckDB themselves");

    @ArchTest
    static final ArchRule NOTHING_PRINTS = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err").because("log through SLF4J");
}
