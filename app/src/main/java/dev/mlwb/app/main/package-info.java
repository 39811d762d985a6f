/** The main window: menu, findings list, finding detail, load issues and the status bar. */
package dev.mlwb.app.main;
