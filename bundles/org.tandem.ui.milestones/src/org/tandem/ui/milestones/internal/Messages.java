package org.tandem.ui.milestones.internal;

import org.eclipse.osgi.util.NLS;

/** The milestone board's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.milestones.internal.messages"; //$NON-NLS-1$

	public static String filter_partnership;
	public static String filter_taskGroup;
	public static String filter_region;
	public static String filter_responsible;
	public static String filter_show;
	public static String filter_baseline;
	public static String filter_sort;
	public static String filter_any;
	public static String baseline_none;
	public static String baseline_latest;
	public static String sort_date;
	public static String sort_slip;
	public static String tab_board;
	public static String tab_trend;
	public static String tab_slips;
	public static String column_light;
	public static String column_milestone;
	public static String column_planned;
	public static String column_baseline;
	public static String column_slip;
	public static String column_status;
	public static String column_taskGroup;
	public static String column_partnership;
	public static String column_responsible;
	public static String column_reported;
	public static String column_history;
	public static String slip_days;
	public static String count;
	public static String trend_title;
	public static String trend_reported;
	public static String trend_planned;
	public static String trend_diagonal;
	public static String trend_empty;
	public static String reminder_title;
	public static String reminder_overdue;
	public static String reminder_dueSoon;
	public static String reminder_more;
	public static String reminder_open;
	public static String reminder_close;
	public static String report_title;
	public static String report_scope;
	public static String report_language;
	public static String language_de;
	public static String language_zh;
	public static String language_en;
	public static String report_fileName;
	public static String report_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
