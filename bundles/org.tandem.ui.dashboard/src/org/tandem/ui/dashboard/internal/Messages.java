package org.tandem.ui.dashboard.internal;

import org.eclipse.osgi.util.NLS;

/** The dashboard part's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.dashboard.internal.messages"; //$NON-NLS-1$

	public static String part_title;
	public static String partnership;
	public static String asOf;
	public static String noPartnership;
	public static String export;
	public static String export_language;
	public static String export_title;
	public static String export_fileName;
	public static String export_failed;
	public static String language_de;
	public static String language_zh;
	public static String language_en;
	public static String milestones;
	public static String tile_total;
	public static String tile_done;
	public static String tile_overdue;
	public static String tile_due30;
	public static String tile_slipped;
	public static String lights;
	public static String overdue;
	public static String overdue_none;
	public static String next;
	public static String next_none;
	public static String column_light;
	public static String column_milestone;
	public static String column_taskGroup;
	public static String column_responsible;
	public static String column_planned;
	public static String column_slip;
	public static String column_status;
	public static String indicators;
	public static String indicators_none;
	public static String region_none;
	public static String baseline;
	public static String latest;
	public static String latest_none;
	public static String target;
	public static String target_none;
	public static String share;
	public static String share_none;
	public static String activities;
	public static String activities_none;
	public static String column_date;
	public static String column_kind;
	public static String column_activity;
	public static String column_place;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
