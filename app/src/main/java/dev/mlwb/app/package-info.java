/**
 * The JavaFX workbench. {@link dev.mlwb.app.WorkbenchApp} wires the services, view models and views
 * once; each view is a thin class over a view model that holds its state and formatting.
 */
package dev.mlwb.app;
