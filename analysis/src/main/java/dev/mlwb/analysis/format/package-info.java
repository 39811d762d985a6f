/** Number, share and time formatting shared by finding texts and reports. */
package dev.mlwb.analysis.format;
