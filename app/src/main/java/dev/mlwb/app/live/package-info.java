/**
 * Live mode in the window: {@code LiveViewModel} watches the open bundle and checks it again in
 * place when its data changes; {@code LiveControls} is its toggle, age, banner and presentation badge.
 */
package dev.mlwb.app.live;
