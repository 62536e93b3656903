/**
 * How model files are read and written (hardened, atomic, stable), and the stand-ins for elements
 * of plug-ins that are not installed.
 *
 * @since 0.1
 */
package org.tandem.core.api.persistence;
