package org.tandem.ui.internal.navigator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.tandem.core.internal.log.LogFile;
import org.tandem.core.spi.ContributionFailure;

/**
 * A line above the tree that names a plug-in that failed and says that Tandem goes on without
 * it; hidden until one fails, a click hides it again. It never blocks the work.
 */
final class PluginWarning {

	private final CLabel label;
	private final String log;

	/** The line, at the top of {@code parent}; its message names {@code log}'s file when there is one. */
	PluginWarning(Composite parent, LogFile log) {
		this.log = log == null ? Messages.navigator_logUnknown : log.file().toString();
		label = new CLabel(parent, SWT.NONE);
		label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setToolTipText(Messages.navigator_pluginFailedHide);
		label.addListener(SWT.MouseUp, e -> show(null));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(label);
		label.setVisible(false);
	}

	/** Shows {@code failure} (from any thread), or hides the line when it is null. */
	void report(ContributionFailure failure) {
		if (!label.isDisposed()) {
			label.getDisplay().asyncExec(() -> show(failure));
		}
	}

	private void show(ContributionFailure failure) {
		if (label.isDisposed()) {
			return;
		}
		label.setText(failure == null ? "" : NLS.bind(Messages.navigator_pluginFailed, new Object[] { failure.plugin(), failure.contribution(), log })); //$NON-NLS-1$
		label.setVisible(failure != null);
		((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = failure == null;
		label.getParent().layout(true);
	}

	/** The text shown, or null when hidden. */
	String text() {
		return label.getVisible() ? label.getText() : null;
	}
}
