/** Training pipeline health: reproducibility of runs (environment fingerprints) and model staleness (job history). */
package dev.mlwb.analysis.checks.training;
