package org.tandem.core.spi;

import java.util.Locale;

/**
 * What every contribution of a plug-in has: a stable id and a name shown to the user.
 *
 * @since 0.1
 */
public interface Contribution {

	/** A stable identifier, unique among contributions of its kind, for example {@code org.example.csv}. */
	String id();

	/**
	 * The name shown to users, in the language of {@code locale} when the contribution has it
	 * (Tandem asks in German, Chinese and English), otherwise in English.
	 */
	String name(Locale locale);
}
