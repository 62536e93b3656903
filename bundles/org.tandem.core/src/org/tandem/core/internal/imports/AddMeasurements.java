package org.tandem.core.internal.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.tandem.model.api.Indicator;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/** The one command that adds the accepted rows of an import to an indicator as measurements: one undo step. */
public final class AddMeasurements {

	private AddMeasurements() {
	}

	/** Adds a measurement for each of {@code rows} to {@code indicator}. */
	public static Command command(EditingDomain domain, Indicator indicator, List<MeasurementRow> rows) {
		List<Measurement> measurements = new ArrayList<>();
		for (MeasurementRow row : rows) {
			Measurement measurement = TandemFactory.eINSTANCE.createMeasurement();
			measurement.setDate(row.date());
			measurement.setValue(row.value());
			measurement.setUnit(row.unit());
			measurement.setSource(row.source());
			measurement.setMethod(row.method());
			measurements.add(measurement);
		}
		Command add = AddCommand.create(domain, indicator, TandemPackage.Literals.INDICATOR__MEASUREMENTS, measurements);
		return new CommandWrapper(NLS.bind(Messages.importCommand, rows.size()),
				NLS.bind(Messages.importCommand, rows.size()), add);
	}
}
