/**
 * The draft form for a folder without a manifest: the same draft as {@code mlwb init}, each file's
 * role and mapping editable among its real columns, its first rows, and the checks each choice enables.
 */
package dev.mlwb.app.draft;
