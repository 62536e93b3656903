package org.tandem.core.api.milestones;

import java.time.LocalDate;

/**
 * One point of a milestone trend: on {@code reported} (a baseline's or report date) the milestone was planned for {@code planned}.
 *
 * @since 0.1
 */
public record TrendPoint(LocalDate reported, LocalDate planned) {
}
