/**
 * Indicators over time: an indicator's measured series in a chosen unit, its progress towards its
 * targets, the expected impact of measures, projections under a scenario, scenario comparison and
 * the pairing of the two partner regions' indicators.
 *
 * @since 0.1
 */
package org.tandem.core.api.indicators;
