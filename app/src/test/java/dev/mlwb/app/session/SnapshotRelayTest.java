package dev.mlwb.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlwb.analysis.run.Analysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How a running analysis's snapshots reach the FX thread: one that waited (the window was still being built)
 * while the checks found more is dropped for the newer one, so the first findings are not held up behind
 * drawing an incident without them.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotRelayTest {
    private static final Path SAMPLE = Path.of(System.getProperty("mlwb.samples.dir", "../sample-incidents"))
            .resolve("silent-imputation");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aSnapshotThatWaitedWhileChecksFoundMoreIsNotShown(FxRobot robot) throws Exception {
        AnalysisService service = new AnalysisService();
        service.prestart(SAMPLE);
        PendingAnalysis pending = service.prestarted;
        AtomicReference<Analysis.Snapshot> held = new AtomicReference<>();
        List<Analysis.Snapshot> shown = Collections.synchronizedList(new ArrayList<>());
        AnalysisService.Snapshots<Analysis.Snapshot> recorder = new AnalysisService.Snapshots<>() {
            @Override
            public Analysis.Snapshot prepare(Analysis.Snapshot s) {
                if (held.compareAndSet(null, s)) {
                    // the first snapshot is held back, as a busy FX thread holds it, until the checks have found something
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (!pending.result().isDone() && pending.snapshot().report().findings().size()
                            <= s.report().findings().size() && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                }
                return s;
            }

            @Override
            public void show(Analysis.Snapshot s) {
                shown.add(s);
            }
        };
        AtomicReference<Task<Analysis.Result>> task = new AtomicReference<>();
        robot.interact(() -> task.set(service.analyse(SAMPLE, recorder)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.get().isDone());
        Analysis.Result result = task.get().get();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(result).isNotNull();
            assertThat(result.report().findings()).isNotEmpty();
            assumeTrue(held.get().report().findings().isEmpty(), "the analysis found something before it was first relayed");
            assertThat(shown).as("snapshots shown").doesNotContain(held.get())
                    .allSatisfy(s -> assertThat(s.report().findings()).isNotEmpty());
        } finally {
            if (result != null) {
                service.adopt(result);
            }
            service.close();
        }
    }
}
