package org.tandem.ui.sync.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of sharing and sync in the workbench; translations in messages_de and messages_zh. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.tandem.ui.sync.internal.messages"; //$NON-NLS-1$

	public static String autosave_failed;
	public static String cancel_button;
	public static String card_apply;
	public static String card_badValue;
	public static String card_base;
	public static String card_byWhen;
	public static String card_edit;
	public static String card_empty;
	public static String card_file;
	public static String card_keepMine;
	public static String card_mine;
	public static String card_takeTheirs;
	public static String card_theirs;
	public static String card_title;
	public static String clone_button;
	public static String clone_folder;
	public static String clone_folderMissing;
	public static String clone_message;
	public static String clone_title;
	public static String credentials_password;
	public static String credentials_passwordMissing;
	public static String credentials_remember;
	public static String credentials_rememberTooltip;
	public static String credentials_user;
	public static String credentials_userMissing;
	public static String decided_edited;
	public static String decided_mine;
	public static String decided_opened;
	public static String decided_theirs;
	public static String export_title;
	public static String failure_login;
	public static String import_title;
	public static String job_export;
	public static String job_import;
	public static String job_share;
	public static String job_sync;
	public static String kind_changedBoth;
	public static String kind_deletedHere;
	public static String kind_deletedThere;
	public static String kind_movedBoth;
	public static String kind_referenceToDeleted;
	public static String kind_reorderedBoth;
	public static String login_button;
	public static String login_message;
	public static String login_title;
	public static String master_create;
	public static String master_differs;
	public static String master_enter;
	public static String master_failed;
	public static String master_missing;
	public static String master_password;
	public static String master_repeat;
	public static String master_short;
	public static String master_title;
	public static String master_wrong;
	public static String outcome_conflicts;
	public static String outcome_merged;
	public static String outcome_received;
	public static String outcome_sent;
	public static String outcome_upToDate;
	public static String part_commit;
	public static String part_committed;
	public static String part_failed;
	public static String part_none;
	public static String part_summary;
	public static String reload_failed;
	public static String remote_bundle;
	public static String remote_folder;
	public static String remote_hint;
	public static String remote_label;
	public static String remote_missing;
	public static String save_button;
	public static String save_failed;
	public static String save_question;
	public static String save_title;
	public static String share_button;
	public static String share_message;
	public static String share_title;
	public static String sync_cancelled;
	public static String clone_done;
	public static String job_clone;

	public static String history_scopeWorkspace;
	public static String history_scopeElement;
	public static String history_wholeWorkspace;
	public static String history_when;
	public static String history_who;
	public static String history_change;
	public static String history_file;
	public static String history_from;
	public static String history_to;
	public static String history_compare;
	public static String history_element;
	public static String history_property;
	public static String history_before;
	public static String history_after;
	public static String history_added;
	public static String history_deleted;
	public static String history_moved;
	public static String history_restoreElement;
	public static String history_restoreFile;
	public static String history_restored;
	public static String history_notShared;
	public static String history_loading;
	public static String history_none;
	public static String history_failed;
	public static String history_chooseRow;
	public static String history_holderGone;
	public static String history_nothingToRestore;
	public static String history_fileGone;
	public static String job_history;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
