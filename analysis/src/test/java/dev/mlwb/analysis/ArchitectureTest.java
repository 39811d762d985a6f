package dev.mlwb.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analysis layer stays free of JavaFX, and only the CLI prints. */
@AnalyzeClasses(packages = "dev.mlwb.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule ANALYSIS_HAS_NO_JAVAFX = noClasses().that().resideInAPackage("dev.mlwb.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule ONLY_THE_CLI_PRINTS = noClasses().that().resideInAPackage("dev.mlwb.analysis..")
            .and().resideOutsideOfPackage("dev.mlwb.analysis.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("log through SLF4J; only the CLI writes to the terminal");

    @ArchTest
    static final ArchRule STATISTICS_DO_NOT_JUDGE = noClasses().that().resideInAPackage("dev.mlwb.analysis.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mlwb.analysis.check..", "dev.mlwb.analysis.checks..")
            .because("statistics compute numbers; checks turn them into verdicts");

    @ArchTest
    static final ArchRule CHECKS_DO_NOT_DEPEND_ON_OUTPUT = noClasses().that().resideInAPackage("dev.mlwb.analysis.checks..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mlwb.analysis.cli..", "dev.mlwb.analysis.report..");

    @ArchTest
    static final ArchRule NOTES_AND_FILES_SIT_BELOW_REPORTS = noClasses().that()
            .resideInAnyPackage("dev.mlwb.analysis.notes..", "dev.mlwb.analysis.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mlwb.analysis.report..", "dev.mlwb.analysis.cli..")
            .because("reports render notes, and both write through io: no cycle");
}
