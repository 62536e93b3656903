/**
 * Sharing a workspace through Git: commit, pull, merge with the model-aware merge, push, and carry
 * changes in bundle files; failures leave the workspace as it was.
 *
 * @since 0.1
 */
package org.tandem.sync.api.git;
