/** Canary evidence: slice breakdowns, guardrail time series, business metrics per window. */
package dev.mlwb.app.evidence.canary;
