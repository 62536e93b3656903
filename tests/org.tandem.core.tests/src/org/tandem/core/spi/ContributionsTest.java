package org.tandem.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A contribution that throws is reported with its plug-in and id; checked exceptions pass. */
class ContributionsTest {

	private static final class Probe implements Contribution {
		@Override
		public String id() {
			return "probe.id"; //$NON-NLS-1$
		}

		@Override
		public String name(Locale locale) {
			return "Probe"; //$NON-NLS-1$
		}
	}

	private final List<ContributionFailure> failures = new ArrayList<>();

	@Test
	void resultOfAWellBehavedCall() {
		assertEquals(Optional.of("ok"), Contributions.call(new Probe(), "export", () -> "ok", failures::add)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(failures.isEmpty());
	}

	@Test
	void runtimeExceptionIsReportedWithPluginAndId() {
		IllegalStateException boom = new IllegalStateException("boom"); //$NON-NLS-1$
		Optional<Object> result = Contributions.call(new Probe(), "export", () -> { //$NON-NLS-1$
			throw boom;
		}, failures::add);
		assertTrue(result.isEmpty());
		assertEquals(1, failures.size());
		ContributionFailure failure = failures.get(0);
		assertEquals("org.tandem.core", failure.plugin()); // a test fragment's classes belong to its host //$NON-NLS-1$
		assertEquals("probe.id", failure.contribution()); //$NON-NLS-1$
		assertSame(boom, failure.cause());
		assertTrue(failure.describe().contains("probe.id"), failure.describe()); //$NON-NLS-1$
	}

	@Test
	void missingClassIsReported() {
		Contributions.call(new Probe(), "read", () -> { //$NON-NLS-1$
			throw new NoClassDefFoundError("org/example/Gone"); //$NON-NLS-1$
		}, failures::add);
		assertEquals(1, failures.size());
	}

	@Test
	void checkedExceptionPassesThrough() {
		assertThrows(IOException.class, () -> Contributions.call(new Probe(), "export", () -> { //$NON-NLS-1$
			throw new IOException("disk full"); //$NON-NLS-1$
		}, failures::add));
		assertTrue(failures.isEmpty());
	}
}
