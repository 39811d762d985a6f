/** Operations evidence: latency and readiness lanes, schema and environment diffs, job and ingestion histories, popularity trends. */
package dev.mlwb.app.evidence.ops;
