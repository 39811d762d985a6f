package dev.mlwb.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MlwbVersionTest {
    @Test
    void versionIsTheMavenProjectsVersion() {
        // surefire passes ${project.version} (analysis/pom.xml); the packages print the same
        String expected = System.getProperty("mlwb.project.version");
        assertThat(expected).isNotBlank().doesNotStartWith("${");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlwbCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "--version");
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("mlwb " + expected);
        assertThat(err.toString()).isEmpty();
    }
}
