package org.tandem.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.Region;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/** Dates, instants and ids as the files hold them. */
class ValuesTest {

	private final TandemFactory factory = TandemFactory.eINSTANCE;
	private final TandemPackage tandem = TandemPackage.eINSTANCE;

	@Test
	void datesAreIsoDays() {
		assertEquals("2026-05-04", factory.convertToString(tandem.getDate(), LocalDate.of(2026, 5, 4)));
		assertEquals(LocalDate.of(2045, 12, 31), factory.createFromString(tandem.getDate(), "2045-12-31"));
		assertNull(factory.createFromString(tandem.getDate(), ""));
		assertNull(factory.convertToString(tandem.getDate(), null));
		assertThrows(DateTimeParseException.class, () -> factory.createFromString(tandem.getDate(), "04.05.2026"));
	}

	@Test
	void instantsAreIsoUtc() {
		Instant instant = Instant.parse("2014-11-10T09:15:30Z");
		assertEquals("2014-11-10T09:15:30Z", factory.convertToString(tandem.getInstant(), instant));
		assertEquals(instant, factory.createFromString(tandem.getInstant(), "2014-11-10T09:15:30Z"));
		assertEquals(instant.plusMillis(250), factory.createFromString(tandem.getInstant(), "2014-11-10T09:15:30.250Z"));
		assertNull(factory.createFromString(tandem.getInstant(), null));
		assertThrows(DateTimeParseException.class, () -> factory.createFromString(tandem.getInstant(), "2014-11-10"));
	}

	@Test
	void everyNewElementHasItsOwnRandomUuid() {
		Region one = factory.createRegion();
		Region two = factory.createRegion();
		assertEquals(one.getId(), UUID.fromString(one.getId()).toString());
		assertNotEquals(one.getId(), two.getId());
		assertEquals(one.getId(), EcoreUtil.getID(one), "id is the ID attribute");
		assertTrue(tandem.getIdentified_Id().isID());
	}
}
