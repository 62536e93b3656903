/**
 * The units that indicators are measured in, and which of them can be compared.
 *
 * @since 0.1
 */
package org.tandem.core.api.units;
