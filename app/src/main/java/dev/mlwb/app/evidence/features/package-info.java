/** Feature evidence: leakage timelines, training/serving skew, imputation per batch and where it concentrates. */
package dev.mlwb.app.evidence.features;
