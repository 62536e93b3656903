package org.tandem.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.tandem.core.spi.Contribution;
import org.tandem.core.spi.Exporter;
import org.tandem.core.spi.Importer;

/** The importers and exporters are Declarative Services components that the running framework offers. */
class RegisteredContributionsTest {

	@Test
	void everyImporterAndExporterIsAService() throws Exception {
		assertEquals(Set.of("org.tandem.io.csv", "org.tandem.io.ganttproject", "org.tandem.io.mpp", "org.tandem.io.mspdi"), ids(Importer.class));
		assertEquals(Set.of("org.tandem.io.csv", "org.tandem.io.ics", "org.tandem.io.mspdi", "org.tandem.io.xlsx"), ids(Exporter.class));
	}

	private static <T extends Contribution> Set<String> ids(Class<T> type) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(RegisteredContributionsTest.class).getBundleContext();
		if (context == null) {
			FrameworkUtil.getBundle(RegisteredContributionsTest.class).start();
			context = FrameworkUtil.getBundle(RegisteredContributionsTest.class).getBundleContext();
		}
		Set<String> ids = new TreeSet<>();
		for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
			T contribution = context.getService(reference);
			if (FrameworkUtil.getBundle(contribution.getClass()).getSymbolicName().equals("org.tandem.io")) {
				ids.add(contribution.id());
			}
			context.ungetService(reference);
		}
		return ids;
	}
}
