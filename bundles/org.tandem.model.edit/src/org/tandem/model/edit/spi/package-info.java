/**
 * The EMF.Edit item providers of Tandem's model: labels, icons and property descriptors in
 * English, German and Chinese. A plug-in's own edit code extends them for its own classes.
 *
 * @since 0.1
 */
package org.tandem.model.edit.spi;
