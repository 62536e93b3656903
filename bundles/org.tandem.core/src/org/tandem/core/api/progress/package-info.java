/**
 * Progress and cancellation of long work, without a UI.
 *
 * @since 0.1
 */
package org.tandem.core.api.progress;
