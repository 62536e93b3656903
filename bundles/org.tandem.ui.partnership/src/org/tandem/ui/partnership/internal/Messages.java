package org.tandem.ui.partnership.internal;

import org.eclipse.osgi.util.NLS;

/** The partnership tracker's strings; translations in messages_de and messages_zh. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.partnership.internal.messages"; //$NON-NLS-1$

	public static String region_without;
	public static String region_people;
	public static String region_organizations;
	public static String column_person;
	public static String column_name;
	public static String column_organization;
	public static String column_role;
	public static String column_kind;
	public static String taskGroups_title;
	public static String column_taskGroup;
	public static String column_coChairs;
	public static String column_open;
	public static String column_late;
	public static String column_lastActivity;
	public static String lastActivity_none;
	public static String timeline_title;
	public static String timeline_undated;
	public static String column_activity;
	public static String column_date;
	public static String column_place;
	public static String agreements_title;
	public static String column_agreement;
	public static String column_dateDue;
	public static String column_responsible;
	public static String column_status;
	public static String followUps_done;
	public static String followUp_done;
	public static String followUp_open;
	public static String followUp_overdue;
	public static String dateRange;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
