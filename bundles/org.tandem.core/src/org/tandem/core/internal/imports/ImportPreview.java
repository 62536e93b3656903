package org.tandem.core.internal.imports;

import java.util.List;

/** What an import would do: the rows that become measurements and the rows refused, each with its line. */
public record ImportPreview(List<MeasurementRow> accepted, List<RejectedRow> rejected) {
}
