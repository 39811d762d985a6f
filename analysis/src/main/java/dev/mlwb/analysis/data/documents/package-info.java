/**
 * The JSON documents of a bundle that are not tables: the {@code schemas} file (feature schema per
 * model version and per serving payload version) and the {@code environments} lines (one
 * fingerprint per training run or replica). Parsed once per incident with Jackson; a malformed
 * document becomes a {@link dev.mlwb.analysis.bundle.BundleException} naming the file and the line
 * or key path ({@code models[1].features[0].type}).
 */
package dev.mlwb.analysis.data.documents;
