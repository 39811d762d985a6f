/** Time structure of an incident: deployment phases from the events log, and the time span of its data. */
package dev.mlwb.analysis.timeline;
