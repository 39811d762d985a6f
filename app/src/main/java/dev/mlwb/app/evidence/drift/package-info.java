/** Data evidence: drift (every feature, overlaid distributions, drift per window), unseen categories, data quality. */
package dev.mlwb.app.evidence.drift;
