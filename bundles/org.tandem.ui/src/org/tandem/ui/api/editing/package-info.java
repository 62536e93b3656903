/**
 * The editor contract: how editor parts are opened for an element, how their tab shows label and
 * dirty marker, and how edits run as commands on one stack per model file.
 *
 * @since 0.1
 */
package org.tandem.ui.api.editing;
