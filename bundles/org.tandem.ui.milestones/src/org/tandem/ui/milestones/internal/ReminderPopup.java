package org.tandem.ui.milestones.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.milestones.ReminderDigest;
import org.tandem.core.api.milestones.TrackedMilestone;

/**
 * The reminder: a small window without modality in the lower right corner of the workbench
 * window, naming what became overdue and what is due soon, with a link that opens the board.
 */
final class ReminderPopup {

	/** Names listed per group; the rest are counted. */
	static final int LISTED = 5;
	private static final int WIDTH = 420;

	private final Shell shell;

	ReminderPopup(Shell parent, ReminderDigest digest, Texts texts, Runnable openBoard) {
		shell = new Shell(parent, SWT.TOOL | SWT.TITLE | SWT.CLOSE | SWT.MODELESS);
		shell.setText(Messages.reminder_title);
		GridLayoutFactory.swtDefaults().margins(12, 10).applyTo(shell);
		group(Messages.reminder_overdue, digest.newlyOverdue(), texts);
		group(Messages.reminder_dueSoon, digest.dueSoon(), texts);
		Link link = new Link(shell, SWT.NONE);
		link.setText(Messages.reminder_open);
		link.addListener(SWT.Selection, e -> {
			shell.close();
			openBoard.run();
		});
		Button close = new Button(shell, SWT.PUSH);
		close.setText(Messages.reminder_close);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(close);
		close.addListener(SWT.Selection, e -> shell.close());
		Point size = shell.computeSize(WIDTH, SWT.DEFAULT);
		Rectangle area = parent.getBounds();
		shell.setBounds(area.x + area.width - size.x - 24, area.y + area.height - size.y - 48, size.x, size.y);
	}

	private void group(String title, List<TrackedMilestone> milestones, Texts texts) {
		if (milestones.isEmpty()) {
			return;
		}
		Label heading = new Label(shell, SWT.WRAP);
		heading.setText(NLS.bind(title, milestones.size()));
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 30, SWT.DEFAULT).applyTo(heading);
		StringBuilder lines = new StringBuilder();
		milestones.stream().limit(LISTED).forEach(t -> lines.append("\u2022 ").append(texts.label(t.milestone())).append(" \u2013 ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(texts.date(t.planned())).append('\n'));
		if (milestones.size() > LISTED) {
			lines.append(NLS.bind(Messages.reminder_more, milestones.size() - LISTED));
		}
		Label list = new Label(shell, SWT.WRAP);
		list.setText(lines.toString().strip());
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 30, SWT.DEFAULT).indent(6, 0).applyTo(list);
	}

	/** Shows it without taking the focus from what the person is doing. */
	void open() {
		shell.setVisible(true);
	}

	Shell shell() {
		return shell;
	}
}
