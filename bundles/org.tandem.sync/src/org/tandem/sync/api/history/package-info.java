/**
 * A workspace's history: who changed what and when, attribute by attribute and in words, the
 * difference between two versions, and what an element or a file was in an earlier version.
 *
 * @since 0.1
 */
package org.tandem.sync.api.history;
