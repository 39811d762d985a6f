/** Deployment safety: whether the model versions a rollback could return to can read today's payload. */
package dev.mlwb.analysis.checks.deploy;
