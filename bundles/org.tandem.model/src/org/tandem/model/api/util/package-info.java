/**
 * The switch and adapter factory generated for Tandem's model.
 *
 * @since 0.1
 */
package org.tandem.model.api.util;
