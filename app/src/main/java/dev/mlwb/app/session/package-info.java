/** Runs analyses off the FX thread and owns the open incident's resources. */
package dev.mlwb.app.session;
