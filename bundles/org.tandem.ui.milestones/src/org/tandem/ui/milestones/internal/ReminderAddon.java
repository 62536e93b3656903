package org.tandem.ui.milestones.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.milestones.BaselineChoice;
import org.tandem.core.api.milestones.MilestoneTracker;
import org.tandem.core.api.milestones.ReminderDigest;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Milestone reminders in the product: once the workspace is loaded, and then whenever the day
 * has changed (checked every hour), a {@link ReminderPopup} tells what became overdue since the
 * last reminder and what is due in the next 14 days; nothing shows on a day with nothing to tell or
 * when one was shown that day already (the day is kept in the workspace's preferences).
 */
public class ReminderAddon {

	private static final int CHECK_MILLIS = (int) TimeUnit.HOURS.toMillis(1);

	private final ComposedAdapterFactory adapters = ItemProviders.create();
	private final Runnable check = this::checkAndReschedule;

	@Inject
	private UISynchronize sync;

	@Inject
	private ECommandService commands;

	@Inject
	private EHandlerService handlers;

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private Clock clock;

	private ModelWorkspace workspace;
	private Display display;

	/** The workspace, once loaded: the first reminder of the day, and the hourly check from then on. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspace(ModelWorkspace loaded) {
		workspace = loaded;
		if (loaded != null) {
			sync.asyncExec(this::checkAndReschedule);
		}
	}

	private void checkAndReschedule() {
		display = Display.getCurrent();
		if (display == null || display.isDisposed()) {
			return;
		}
		remind();
		display.timerExec(CHECK_MILLIS, check);
	}

	/** Shows the reminder of today, if one is due and has something to tell; returns it. */
	Optional<ReminderPopup> remind() {
		Shell parent = display.getActiveShell() != null ? display.getActiveShell() : firstShell();
		if (workspace == null || parent == null) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
		ReminderLog log = new ReminderLog(InstanceScope.INSTANCE.getNode(ReminderLog.NODE));
		Optional<ReminderDigest> digest = due(log, workspace.roots(), today);
		if (digest.isEmpty()) {
			return Optional.empty();
		}
		Texts texts = new Texts(new ItemProviderLabelProvider(adapters, new ItemImages(parent)));
		ReminderPopup popup = new ReminderPopup(parent, digest.get(), texts,
				() -> handlers.executeHandler(commands.createCommand(OpenBoardHandler.COMMAND, null)));
		popup.open();
		return Optional.of(popup);
	}

	/**
	 * Today's digest of the workspace whose roots are {@code roots}, unless a reminder was shown
	 * today already or it has nothing to tell; notes today as shown.
	 */
	static Optional<ReminderDigest> due(ReminderLog log, List<EObject> roots, LocalDate today) {
		LocalDate last = log.lastShown();
		if (today.equals(last)) {
			return Optional.empty();
		}
		ReminderDigest digest = ReminderDigest.of(new MilestoneTracker(roots).track(today, BaselineChoice.none()), last);
		log.shown(today);
		return digest.isEmpty() ? Optional.empty() : Optional.of(digest);
	}

	private Shell firstShell() {
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	@PreDestroy
	void dispose() {
		if (display != null && !display.isDisposed()) {
			display.timerExec(-1, check);
		}
		adapters.dispose();
	}
}
