package org.tandem.ui.sync.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.testing.DisplaySynchronize;
import org.tandem.testing.Ui;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.sync.internal.credentials.SecureCredentials;

/**
 * One person's Tandem for the tests: a workspace folder, its models and editing in an application
 * context (as the workbench's), a shell, and credentials in a secure store of its own.
 */
final class Desk implements AutoCloseable {

	static final String MASTER = "Master-Pass-2026";

	final Path folder;
	final IEclipseContext application;
	final Shell shell;
	/** The contexts of the parts made here, held as the workbench's parts hold theirs (a parent holds its children only weakly). */
	private final java.util.List<IEclipseContext> parts = new java.util.ArrayList<>();

	Desk(Path folder, Path secureStore) throws Exception {
		this.folder = folder;
		application = EclipseContextFactory.create("desk " + folder.getFileName()); //$NON-NLS-1$
		application.set(UISynchronize.class, new DisplaySynchronize());
		application.set(SecureCredentials.class, new SecureCredentials(secureStore.toUri().toURL(), create -> MASTER.toCharArray()));
		ModelWorkspace workspace = ModelWorkspace.open(folder, new ModelFiles());
		application.set(ModelWorkspace.class, workspace);
		application.set(ModelEditing.class, new ModelEditing(workspace, ItemProviders.create()));
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(900, 700);
		shell.open();
		Ui.settle();
	}

	ModelEditing editing() {
		return application.get(ModelEditing.class);
	}

	/** The Sync part in this desk's shell, following the application context as in the workbench. */
	SyncPart syncPart() {
		return part(SyncPart.class);
	}

	/** A part of {@code type} in this desk's shell, made in a context of its own under the application's, as the workbench does. */
	<T> T part(Class<T> type) {
		IEclipseContext part = application.createChild(type.getSimpleName());
		parts.add(part);
		part.set(Composite.class, new Composite(shell, 0));
		T object = ContextInjectionFactory.make(type, part);
		shell.layout(true, true);
		Ui.settle();
		return object;
	}

	/** The context of the part made last (where the workbench puts the active selection). */
	IEclipseContext lastPartContext() {
		return parts.get(parts.size() - 1);
	}

	/** The milestone whose planned date is {@code planned} (ISO), in the models shown now. */
	EObject milestone(String planned) {
		for (EObject root : editing().workspace().roots()) {
			for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
				EObject element = all.next();
				if (element.eClass().getName().equals("Milestone") && planned.equals(planned(element))) {
					return element;
				}
			}
		}
		throw new AssertionError("no milestone planned on " + planned);
	}

	static String planned(EObject milestone) {
		EAttribute attribute = (EAttribute) milestone.eClass().getEStructuralFeature("planned");
		return EcoreUtil.convertToString(attribute.getEAttributeType(), milestone.eGet(attribute));
	}

	/** Sets a milestone's planned date by command, as an edit in the workbench does; not saved. */
	void plan(EObject milestone, String date) {
		EAttribute attribute = (EAttribute) milestone.eClass().getEStructuralFeature("planned");
		editing().execute(milestone, SetCommand.create(editing().domainFor(milestone).orElseThrow(), milestone, attribute,
				EcoreUtil.createFromString(attribute.getEAttributeType(), date)));
	}

	/** Runs the event loop until no job runs and what they left for the UI thread has run. */
	static void awaitJobs() {
		Ui.waitUntil(() -> Job.getJobManager().isIdle(), 90, "the sync job");
		Ui.settle();
	}

	@Override
	public void close() {
		shell.dispose();
		parts.forEach(IEclipseContext::dispose);
		application.dispose();
	}
}
