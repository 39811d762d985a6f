/** Chart factories (lines, lanes, grouped and overlaid bars), their shared plugins and gestures, the chart frame with zoom reset and PNG export, the shared time range, and the colour-blind-safe palette. */
package dev.mlwb.app.chart;
