/** Where the analyst is (overview, finding, subject, check) and the back / forward history. */
package dev.mlwb.app.nav;
