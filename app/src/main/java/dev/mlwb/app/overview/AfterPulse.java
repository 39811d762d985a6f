package dev.mlwb.app.overview;

import javafx.animation.AnimationTimer;

/** Runs work on the FX thread after the next pulse has been drawn, so what is ready shows first. */
final class AfterPulse {
    private AfterPulse() {
    }

    static void run(Runnable work) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
