/** The selected finding: verdict, summary, subjects, measures, remedy, and its evidence views. */
package dev.mlwb.app.detail;
