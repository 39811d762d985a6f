/** The findings list: severity, check and title, counts per severity, keyboard selection. */
package dev.mlwb.app.findings;
