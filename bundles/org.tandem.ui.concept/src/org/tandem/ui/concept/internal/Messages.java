package org.tandem.ui.concept.internal;

import org.eclipse.osgi.util.NLS;

/** The concept editor's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.concept.internal.messages"; //$NON-NLS-1$

	public static String concept_untitled;
	public static String languages_label;
	public static String languages_tooltip;
	public static String section_title;
	public static String section_problem;
	public static String section_objectives;
	public static String section_measures;
	public static String section_expectedImpact;
	public static String comment_link;
	public static String comment_link_tooltip;
	public static String measure_add;
	public static String measure_remove;
	public static String measure_number;
	public static String measure_name;
	public static String measure_description;
	public static String review_title;
	public static String review_status;
	public static String review_acting;
	public static String review_acting_tooltip;
	public static String review_note;
	public static String review_note_hint;
	public static String review_submit;
	public static String review_approve;
	public static String review_sendBack;
	public static String review_reopen;
	public static String review_missing_acting;
	public static String review_missing_note;
	public static String review_not_now;
	public static String review_change;
	public static String review_change_note;
	public static String status_draft;
	public static String status_inReview;
	public static String status_approved;
	public static String status_superseded;
	public static String comments_title;
	public static String comment_section_tooltip;
	public static String comment_hint;
	public static String comment_add;
	public static String comment_missing_text;
	public static String comment_header;
	public static String comment_resolved;
	public static String comment_reply;
	public static String person_unknown;
	public static String save_failed_title;
	public static String save_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
