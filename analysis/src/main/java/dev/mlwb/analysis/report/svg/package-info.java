/**
 * Charts as inline SVG for the self-contained HTML report: time series, bars and lanes drawn from the evidence
 * records, with nothing to fetch (no scripts, no fonts, no images outside the page).
 */
package dev.mlwb.analysis.report.svg;
