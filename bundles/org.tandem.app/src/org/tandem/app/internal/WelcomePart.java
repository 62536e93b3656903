package org.tandem.app.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/** The page a person sees first: what Tandem is for and which workspace is open. */
public class WelcomePart {

	private Label workspaceLabel;

	@PostConstruct
	void create(Composite parent, WorkspaceFolder workspace) {
		parent.setData("org.eclipse.e4.ui.css.id", "WelcomePage"); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.swtDefaults().margins(32, 24).spacing(0, 12).applyTo(parent);
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.welcome_title);
		title.setFont(JFaceResources.getHeaderFont());
		title.setData("org.eclipse.e4.ui.css.CssClassName", "WelcomeTitle"); //$NON-NLS-1$ //$NON-NLS-2$
		wrapping(parent, Messages.welcome_tagline);
		workspaceLabel = wrapping(parent, NLS.bind(Messages.welcome_workspace, workspace.path()));
		wrapping(parent, Messages.welcome_next);
	}

	private static Label wrapping(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(label);
		return label;
	}

	String workspaceText() {
		return workspaceLabel.getText();
	}
}
