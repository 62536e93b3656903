/**
 * The EMF.Edit item providers of Tandem's model, and commands that edit localized texts.
 *
 * @since 0.1
 */
package org.tandem.core.api.edit;
