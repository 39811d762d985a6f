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
    static final ArchRule NOTHING_PRINTS = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err").because("log through SLF4J");
}
