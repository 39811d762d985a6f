/**
 * What a chart shows, as plain values a view model prepares and a unit test can read: series,
 * marks (lines and bands), lanes, bars. The chart factories of {@code dev.mlwb.app.chart} draw them.
 */
package dev.mlwb.app.chart.model;
