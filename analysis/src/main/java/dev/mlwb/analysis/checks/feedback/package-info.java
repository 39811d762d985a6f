/** Feedback loops: recommendations concentrating exposure on already-popular items over time. */
package dev.mlwb.analysis.checks.feedback;
