/** Model evidence: reliability diagrams, segment metrics, offline against production. */
package dev.mlwb.app.evidence.model;
