/**
 * Readers of the bundle's JSON documents that checks use (the encoders' vocabularies), with
 * errors that name the file, the line and column, and what is wrong.
 */
package dev.mlwb.analysis.data.documents;
