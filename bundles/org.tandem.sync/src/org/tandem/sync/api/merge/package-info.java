/**
 * The three-way merge of model files on element ids: what both sides changed is kept, and what they
 * changed differently is reported as a conflict, never guessed.
 *
 * @since 0.1
 */
package org.tandem.sync.api.merge;
