/** Serving health around scale-ups: replicas taking traffic before they are ready, slow initialisation, latency spikes. */
package dev.mlwb.analysis.checks.serving;
