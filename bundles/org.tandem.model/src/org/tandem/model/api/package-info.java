/**
 * Tandem's model: partnerships, regions, task groups, concepts, implementation plans, indicators,
 * scenarios and the people behind them, as EMF interfaces. Texts are {@link
 * org.tandem.model.api.LocalizedText}s with a value and a translation state per language. A
 * plug-in's own EMF package may extend these classes; its elements are then loaded, saved,
 * validated and merged like Tandem's own.
 *
 * @since 0.1
 */
package org.tandem.model.api;
