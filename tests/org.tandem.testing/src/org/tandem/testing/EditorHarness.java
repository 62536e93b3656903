package org.tandem.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.tandem.core.api.edit.ItemProviders;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * A part on the demo workspace, in a shell of its own, made the way the workbench makes it: by
 * injection from a context that holds the part's composite, its {@link MPart} (with the edited
 * element) and the workspace's {@link ModelEditing}.
 */
public final class EditorHarness implements AutoCloseable {

	private final Path folder;
	private final Shell shell;
	private final IEclipseContext context;
	private ModelWorkspace workspace;
	private ModelEditing editing;
	private final Map<Object, MPart> parts = new IdentityHashMap<>();

	/** Writes the demo workspace into {@code folder} and opens it; no part yet. */
	public EditorHarness(Path folder, int width, int height) throws IOException {
		this.folder = folder;
		DemoWorkspace.create(folder);
		reopen();
		shell = new Shell(Ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(width, height);
		context = EclipseContextFactory.create("editor test"); //$NON-NLS-1$
		shell.open();
		Ui.settle();
	}

	/** Reads the workspace again from disk, as the next start of the product would. */
	public ModelWorkspace reopen() throws IOException {
		workspace = ModelWorkspace.open(folder, new ModelFiles());
		editing = new ModelEditing(workspace, ItemProviders.create());
		return workspace;
	}

	public ModelWorkspace workspace() {
		return workspace;
	}

	public ModelEditing editing() {
		return editing;
	}

	public Shell shell() {
		return shell;
	}

	public IEclipseContext context() {
		return context;
	}

	/** Makes a part of class {@code type} that edits {@code element}, as the workbench would. */
	public <T> T open(Class<T> type, EObject element) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		EditorInput.set(part, element);
		IEclipseContext partContext = context.createChild("part"); //$NON-NLS-1$
		partContext.set(MPart.class, part);
		partContext.set(ModelEditing.class, editing);
		partContext.set(ModelWorkspace.class, workspace);
		partContext.set(Composite.class, new Composite(shell, 0));
		T object = ContextInjectionFactory.make(type, partContext);
		part.setObject(object);
		part.setContext(partContext);
		parts.put(object, part);
		shell.layout(true, true);
		Ui.settle();
		return object;
	}

	/** The {@link MPart} that {@link #open} made for {@code object}. */
	public MPart part(Object object) {
		return parts.get(object);
	}

	@Override
	public void close() {
		shell.dispose();
		context.dispose();
	}
}
