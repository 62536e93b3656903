package org.tandem.core.api.milestones;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names of milestone states, traffic lights and board views in one language (en, de or zh;
 * others get English), for the board and for reports written in a language other than the
 * reader's. Texts in {@code names*.properties} beside this class.
 *
 * @since 0.1
 */
public final class StatusNames {

	private final ResourceBundle bundle;

	/** Names in the language of {@code locale}. */
	public StatusNames(Locale locale) {
		bundle = ResourceBundle.getBundle("org.tandem.core.api.milestones.names", locale, StatusNames.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public String of(MilestoneState state) {
		return bundle.getString("state." + state.name()); //$NON-NLS-1$
	}

	public String of(TrafficLight light) {
		return bundle.getString("light." + light.name()); //$NON-NLS-1$
	}

	public String of(Showing showing) {
		return bundle.getString("showing." + showing.name()); //$NON-NLS-1$
	}
}
