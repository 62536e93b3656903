package org.tandem.ui.plan.internal;

import org.eclipse.osgi.util.NLS;

/** The plan editor's strings; translations in messages_de and messages_zh. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.plan.internal.messages"; //$NON-NLS-1$

	public static String column_name;
	public static String column_responsible;
	public static String column_start;
	public static String column_finish;
	public static String column_duration;
	public static String column_progress;
	public static String column_status;
	public static String column_float;
	public static String float_days;
	public static String action_freeze;
	public static String action_freeze_tooltip;
	public static String freeze_title;
	public static String freeze_message;
	public static String freeze_name;
	public static String freeze_nameMissing;
	public static String duration_days;
	public static String progress_percent;
	public static String status_notStarted;
	public static String status_inProgress;
	public static String status_done;
	public static String status_late;
	public static String status_open;
	public static String status_cancelled;
	public static String responsible_none;
	public static String action_newWorkPackage;
	public static String action_newWorkPackage_tooltip;
	public static String action_newTask;
	public static String action_newTask_tooltip;
	public static String action_newMilestone;
	public static String action_newMilestone_tooltip;
	public static String action_delete;
	public static String action_delete_tooltip;
	public static String action_link;
	public static String action_link_tooltip;
	public static String name_workPackage;
	public static String name_task;
	public static String name_milestone;
	public static String zoom;
	public static String zoom_week;
	public static String zoom_month;
	public static String zoom_quarter;
	public static String zoom_year;
	public static String baseline;
	public static String baseline_none;
	public static String dependency_finishToStart;
	public static String dependency_startToStart;
	public static String dependency_finishToFinish;
	public static String dependency_startToFinish;
	public static String header_week;
	public static String header_quarter;
	public static String error_title;
	public static String error_finishBeforeStart;
	public static String error_duration;
	public static String error_linkSelf;
	public static String error_linkTwo;
	public static String error_linkExists;
	public static String error_linkCycle;
	public static String command_move;
	public static String command_dates;
	public static String command_delete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
