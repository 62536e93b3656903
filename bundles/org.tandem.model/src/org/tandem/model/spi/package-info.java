/**
 * The implementation classes of Tandem's model. A plug-in's own EMF package extends them (for
 * example a measure with extra attributes extends {@link org.tandem.model.spi.MeasureImpl}); other
 * code creates elements through {@link org.tandem.model.api.TandemFactory}.
 *
 * @since 0.1
 */
package org.tandem.model.spi;
