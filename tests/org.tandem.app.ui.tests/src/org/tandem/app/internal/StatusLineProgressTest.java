package org.tandem.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.testing.DisplaySynchronize;
import org.tandem.ui.api.editing.ModelEditing;

/** Long work runs as jobs: their progress shows in the status line, Cancel stops them, the UI goes on. */
class StatusLineProgressTest {

	private final Shell shell = Ui.openShell();
	private final IEclipseContext context = EclipseContextFactory.create("status line progress test");
	private StatusLine status;

	@BeforeEach
	void create() {
		shell.setSize(1000, 80);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		context.set(Composite.class, shell);
		context.set(WorkspaceFolder.class, new WorkspaceFolder(Path.of("/srv/tandem")));
		status = ContextInjectionFactory.make(StatusLine.class, context);
		shell.layout(true, true);
		Ui.settle();
	}

	@AfterEach
	void close() {
		context.dispose();
		shell.dispose();
	}

	/** A user job of 600 steps of 25 ms each that stops when cancelled. */
	private static Job longJob() {
		Job job = Job.create("Long work", monitor -> {
			monitor.beginTask("Long work", 600);
			try {
				for (int i = 0; i < 600; i++) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					monitor.subTask("step " + i);
					monitor.worked(1);
					Thread.sleep(25);
				}
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		return job;
	}

	@Test
	void theProgressOfAJobShowsAndCancelStopsIt() throws Exception {
		ProgressArea progress = status.progress();
		assertFalse(progress.isShowing(), "nothing runs");
		AtomicInteger ticks = new AtomicInteger();
		AtomicBoolean ticking = new AtomicBoolean(true);
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			ticks.incrementAndGet();
			if (!shell.isDisposed() && ticking.get()) {
				shell.getDisplay().timerExec(20, tick[0]);
			}
		};
		shell.getDisplay().timerExec(20, tick[0]);

		Job job = longJob();
		job.schedule();
		org.tandem.testing.Ui.waitUntil(() -> progress.isShowing() && progress.bar().getSelection() >= 10, 10, "the progress bar to move");
		assertEquals(600, progress.bar().getMaximum());
		assertTrue(progress.taskText().startsWith("Long work: step "), progress.taskText());
		int ticksWhileRunning = ticks.get();
		org.tandem.testing.Ui.waitUntil(() -> ticks.get() >= ticksWhileRunning + 5, 5, "the display to go on handling events");
		ticking.set(false);

		Button cancel = progress.cancelButton();
		shell.moveAbove(null);
		shell.forceActive();
		Ui.settle();
		assertTrue(cancel.isVisible() && cancel.isEnabled());
		org.tandem.testing.Ui.click(cancel, cancel.getSize().x / 2, cancel.getSize().y / 2);
		assertFalse(cancel.isEnabled(), "the click reached Cancel, which waits now for the job to stop");
		assertTrue(job.join(5_000, null), "the job stops");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		org.tandem.testing.Ui.waitUntil(() -> !progress.isShowing(), 5, "the progress area to go");
	}

	@Test
	void theWorkspaceLoadsAsAJobAndIsPublished(@TempDir Path folder) throws Exception {
		DemoWorkspace.create(folder);
		IEclipseContext application = EclipseContextFactory.create("application");
		try {
			application.set(WorkspaceFolder.class, new WorkspaceFolder(folder));
			application.set(UISynchronize.class, new DisplaySynchronize());
			application.set(IEventBroker.class, (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(),
					new Class<?>[] { IEventBroker.class }, (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null));
			WorkspaceLoader loader = ContextInjectionFactory.make(WorkspaceLoader.class, application);
			loader.load();
			org.tandem.testing.Ui.waitUntil(() -> application.get(ModelEditing.class) != null, 20, "the workspace to load");
			assertEquals(4, application.get(ModelWorkspace.class).models().size());
			assertNotNull(application.get(ModelEditing.class));
		} finally {
			application.dispose();
		}
	}
}
