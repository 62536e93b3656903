package org.tandem.model.internal;

import java.util.UUID;

/**
 * The ids of new elements: random UUIDs, except while a model file is read on the thread, whose
 * ids replace them at once (a random UUID costs more than the rest of making an element).
 */
public final class Ids {

	/** Work that reads a file. */
	@FunctionalInterface
	public interface Reading<X extends Exception> {
		void run() throws X;
	}

	/** Set on a thread while it reads a file. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private Ids() {
	}

	/** A new random id, or null while the thread reads a file. */
	public static String newId() {
		return READING.get() == null ? UUID.randomUUID().toString() : null;
	}

	/**
	 * Runs {@code reading}, in which new elements get no id: it must give each element that it
	 * keeps the id that the file holds.
	 */
	public static <X extends Exception> void whileReading(Reading<X> reading) throws X {
		if (READING.get() != null) {
			reading.run();
			return;
		}
		READING.set(Boolean.TRUE);
		try {
			reading.run();
		} finally {
			READING.remove();
		}
	}
}
