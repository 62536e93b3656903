/**
 * JFace content and label providers over Tandem's EMF.Edit item providers, and a refresher that
 * follows model changes.
 *
 * @since 0.1
 */
package org.tandem.ui.api.viewers;
