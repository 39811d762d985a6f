/** Table building blocks shared by every view: sortable columns over raw values, copy as TSV. */
package dev.mlwb.app.table;
