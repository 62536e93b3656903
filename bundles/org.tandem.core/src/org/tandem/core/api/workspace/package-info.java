/**
 * A workspace: the model files of a folder in one resource set, loaded, saved atomically,
 * recovered after a crash.
 *
 * @since 0.1
 */
package org.tandem.core.api.workspace;
