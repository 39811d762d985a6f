/** Runs analyses and drill-down queries off the FX thread, owns the open incident's resources, and indexes its evidence by check and subject. */
package dev.mlwb.app.session;
