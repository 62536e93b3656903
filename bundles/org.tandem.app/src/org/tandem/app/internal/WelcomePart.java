package org.tandem.app.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFileException;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.ui.api.viewers.ItemImages;
import org.tandem.ui.api.viewers.ItemProviderContentProvider;
import org.tandem.ui.api.viewers.ItemProviderLabelProvider;
import org.tandem.ui.api.viewers.ViewerRefresher;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The page a person sees first: what Tandem is for, which workspace is open and, once the
 * workspace is loaded, the partnerships and plans in it.
 */
public class WelcomePart {

	private final ComposedAdapterFactory adapters = ItemProviders.create();

	/** The command of the Sync plug-in that clones a shared workspace. */
	static final String CLONE_COMMAND = "org.tandem.ui.sync.command.clone"; //$NON-NLS-1$

	@Inject
	@Optional
	private org.eclipse.e4.core.commands.ECommandService commands;

	@Inject
	@Optional
	private org.eclipse.e4.core.commands.EHandlerService handlers;

	private Label workspaceLabel;
	private Label contentsLabel;
	private TableViewer contents;
	private ViewerRefresher refresher;

	@PostConstruct
	void create(Composite parent, WorkspaceFolder workspace, @Optional ModelWorkspace models) {
		parent.setData("org.eclipse.e4.ui.css.id", "WelcomePage"); //$NON-NLS-1$ //$NON-NLS-2$
		GridLayoutFactory.swtDefaults().margins(32, 24).spacing(0, 12).applyTo(parent);
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.welcome_title);
		title.setFont(JFaceResources.getHeaderFont());
		title.setData("org.eclipse.e4.ui.css.CssClassName", "WelcomeTitle"); //$NON-NLS-1$ //$NON-NLS-2$
		wrapping(parent, Messages.welcome_tagline);
		workspaceLabel = wrapping(parent, NLS.bind(Messages.welcome_workspace, workspace.path()));
		wrapping(parent, Messages.welcome_next);
		cloneLink(parent);
		contentsLabel = wrapping(parent, ""); //$NON-NLS-1$
		contents = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		contents.setContentProvider(new ItemProviderContentProvider(adapters));
		contents.setLabelProvider(new ItemProviderLabelProvider(adapters, new ItemImages(contents.getControl())));
		GridDataFactory.fillDefaults().grab(true, true).hint(640, SWT.DEFAULT).applyTo(contents.getControl());
		refresher = ViewerRefresher.attach(contents, adapters);
		show(models);
	}

	/** Shows what the workspace holds once it is loaded, and the files that could not be read. */
	@Inject
	@Optional
	void show(ModelWorkspace workspace) {
		if (contents == null || contents.getControl().isDisposed() || workspace == null) {
			return;
		}
		workspaceLabel.setText(NLS.bind(Messages.welcome_workspace, workspace.folder()));
		List<EObject> roots = workspace.roots();
		StringBuilder text = new StringBuilder(roots.isEmpty() ? Messages.welcome_empty : Messages.welcome_contents);
		for (ModelFileException problem : workspace.problems()) {
			text.append('\n').append(NLS.bind(Messages.welcome_unreadable, problem.getMessage()));
		}
		contentsLabel.setText(text.toString());
		contents.setInput(roots);
		refresher.follow(roots);
		contents.getControl().getParent().layout(true, true);
	}

	/** A link that runs the command that clones a shared workspace, when a plug-in contributes it. */
	private void cloneLink(Composite parent) {
		if (commands == null || handlers == null || !commands.getCommand(CLONE_COMMAND).isDefined()) {
			return;
		}
		org.eclipse.swt.widgets.Link link = new org.eclipse.swt.widgets.Link(parent, SWT.NONE);
		link.setText("<a>" + Messages.welcome_clone + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		link.addListener(SWT.Selection, e -> handlers.executeHandler(commands.createCommand(CLONE_COMMAND, null)));
	}

	private static Label wrapping(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(label);
		return label;
	}

	@PreDestroy
	void dispose() {
		adapters.dispose();
	}

	String workspaceText() {
		return workspaceLabel.getText();
	}

	/** The labels of the partnerships and plans shown, once read. */
	List<String> contentLabels() {
		List<String> labels = new java.util.ArrayList<>();
		for (int i = 0; i < contents.getTable().getItemCount(); i++) {
			labels.add(contents.getTable().getItem(i).getText());
		}
		return labels;
	}
}
