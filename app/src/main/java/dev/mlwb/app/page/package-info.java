/** Pages for places other than a finding: everything about one subject, and one check in full. */
package dev.mlwb.app.page;
