/** Small factories that configure ChartFX charts once (axes, renderer, plugins), and the colour-blind-safe palette. */
package dev.mlwb.app.chart;
