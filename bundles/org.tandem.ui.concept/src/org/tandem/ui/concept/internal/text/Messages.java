package org.tandem.ui.concept.internal.text;

import org.eclipse.osgi.util.NLS;

/** The strings of the multilingual text field; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.concept.internal.text.messages"; //$NON-NLS-1$

	public static String badge_original;
	public static String badge_draft;
	public static String badge_reviewed;
	public static String badge_stale;
	public static String badge_missing;
	public static String badge_tooltip_original;
	public static String badge_tooltip_draft;
	public static String badge_tooltip_reviewed;
	public static String badge_tooltip_stale;
	public static String badge_tooltip_missing;
	public static String markReviewed;
	public static String markReviewed_tooltip;
	public static String glossary_term;
	public static String glossary_translation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
