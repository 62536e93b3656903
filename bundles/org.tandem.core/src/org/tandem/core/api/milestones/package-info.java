/**
 * Milestone tracking across partnerships, task groups and years: each milestone's state on a given
 * day, its slip against a baseline, its traffic light, filters and orders, the trend lines of a
 * milestone trend analysis and the reminder digest.
 *
 * @since 0.1
 */
package org.tandem.core.api.milestones;
