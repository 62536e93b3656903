package org.tandem.ui.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.testing.GitServer;
import org.tandem.testing.Screenshots;
import org.tandem.testing.Ui;
import org.tandem.ui.sync.internal.credentials.SecureCredentials;

/**
 * Share, Sync and the Sync part in the workbench's own pieces (dialogs, jobs, the application
 * context that the parts follow) against a real Git server on 127.0.0.1: Anna shares her workspace
 * and keeps her login in secure storage, Li clones it, both edit, and a conflict is decided on its
 * card and committed.
 */
class SyncWorkbenchTest {

	private static final String M2 = "2027-06-30";

	@TempDir
	static Path serverRoot;
	private static GitServer server;

	@TempDir
	Path folder;

	@BeforeAll
	static void startServer() throws Exception {
		server = GitServer.start(serverRoot);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void shareKeepsTheLoginAndSyncBringsTheOtherSidesEditIntoTheModelsShown() throws Exception {
		String url = server.newRepository("team");
		try (Desk anna = anna(url); Desk li = li(url)) {
			EObject m2 = anna.milestone(M2);
			anna.plan(m2, "2027-07-31");
			new Dialogs(Messages.save_title).press(Messages.save_button);
			SyncHandler.sync(anna.editing(), anna.application, anna.shell);
			Desk.awaitJobs();
			assertFalse(anna.editing().isDirty(m2.eResource()), "saved before the sync");

			ModelWorkspace before = li.editing().workspace();
			new Dialogs(Messages.login_title).type(Messages.credentials_user, GitServer.USER)
					.type(Messages.credentials_password, GitServer.PASSWORD).press(Messages.login_button);
			SyncHandler.sync(li.editing(), li.application, li.shell);
			Desk.awaitJobs();
			ModelWorkspace after = li.application.get(ModelWorkspace.class);
			assertNotSame(before, after, "the workspace was read again");
			assertEquals("2027-07-31", Desk.planned(li.milestone("2027-07-31")));
			assertTrue(li.application.get(SecureCredentials.class).load(url).isEmpty(), "remember was not ticked");
		}
	}

	@Test
	void aWrongPasswordIsNamedAndNothingIsStored() throws Exception {
		String url = server.newRepository("refused");
		try (Desk anna = anna(url); Desk li = li(url)) {
			new Dialogs(Messages.login_title).type(Messages.credentials_user, GitServer.USER).type(Messages.credentials_password, "wrong")
					.check(Messages.credentials_remember).press(Messages.login_button);
			AtomicReference<String> error = new Dialogs(Messages.job_sync).press(IDialogConstants.OK_LABEL);
			String headBefore = head(li.folder);
			SyncHandler.sync(li.editing(), li.application, li.shell);
			Desk.awaitJobs();
			Ui.waitUntil(() -> error.get() != null, 20, "the error");
			assertEquals(Messages.failure_login, error.get());
			assertEquals(headBefore, head(li.folder));
			assertTrue(li.application.get(SecureCredentials.class).load(url).isEmpty());
		}
	}

	@Test
	@Tag("screenshots")
	void aConflictIsDecidedOnItsCardAndCommittedOnlyWhenAllAreDecided() throws Exception {
		String url = server.newRepository("conflict-" + Screenshots.folder().hashCode());
		try (Desk anna = anna(url); Desk li = li(url)) {
			anna.plan(anna.milestone(M2), "2027-08-31");
			li.plan(li.milestone(M2), "2027-09-30");
			new Dialogs(Messages.save_title).press(Messages.save_button);
			SyncHandler.sync(anna.editing(), anna.application, anna.shell);
			Desk.awaitJobs();
			assertEquals(head(anna.folder), remoteHead(url), "Anna's edit is on the server");
			assertTrue(li.editing().isDirty(li.milestone("2027-09-30").eResource()), "Li's edit waits");
			SyncPart part = li.syncPart();
			System.gc(); // as during a long sync: the part must stay attached to the context it follows
			new Dialogs(Messages.save_title).press(Messages.save_button);
			new Dialogs(Messages.login_title).type(Messages.credentials_user, GitServer.USER)
					.type(Messages.credentials_password, GitServer.PASSWORD).press(Messages.login_button);
			SyncHandler.sync(li.editing(), li.application, li.shell);
			Desk.awaitJobs();
			Button commit = button(li, Messages.part_commit);
			Ui.waitUntil(() -> Ui.find(li.shell, Button.class, b -> Messages.card_takeTheirs.equals(b.getText())).isPresent(), 20,
					"a card; shown: " + java.util.Arrays.stream(Ui.display().getShells()).map(sh -> sh.getText() + " "
							+ Ui.findAll(sh, Label.class, l -> true).stream().map(Label::getText).toList()).toList());
			assertFalse(commit.isEnabled(), "nothing is committed while a conflict is open");
			assertTrue(Ui.find(li.shell, Label.class, l -> l.getText().contains("2027-08-31")).isPresent(), "theirs is shown");
			Screenshots.save(li.shell, "sync-conflict-card");

			anna.shell.setVisible(false);
			Button take = button(li, Messages.card_takeTheirs);
			Ui.click(take, take.getSize().x / 2, take.getSize().y / 2);
			Ui.waitUntil(() -> Ui.find(li.shell, Label.class, l -> Messages.decided_theirs.equals(l.getText())).isPresent(), 10,
					"the card to say that theirs was taken");
			EObject m2 = li.milestone("2027-08-31");
			assertTrue(li.editing().stackFor(m2).orElseThrow().canUndo(), "taking theirs is an undoable command");
			Ui.waitUntil(take::isDisposed, 10, "the decided card's buttons to go");
			assertTrue(commit.isEnabled());
			Ui.click(commit, commit.getSize().x / 2, commit.getSize().y / 2);
			Ui.waitUntil(() -> Ui.find(li.shell, Label.class, l -> Messages.part_none.equals(l.getText())).isPresent(), 10, "the merge committed");
			try (GitWorkspace workspace = GitWorkspace.open(li.folder)) {
				assertTrue(workspace.pendingConflicts().isEmpty());
			}
			assertTrue(Files.readString(li.folder.resolve("plans/wasser-2024-2028.tandem")).contains("2027-08-31"));
			String parents = GitServer.run(li.folder, java.util.List.of("git", "rev-list", "--parents", "-n", "1", "HEAD"), java.util.Map.of());
			String[] lines = parents.strip().split("\n");
			assertEquals(3, lines[lines.length - 1].split(" ").length, "the merge has both parents: " + parents);
			part.refresh();
			assertEquals(Messages.part_none, Ui.find(li.shell, Label.class, l -> Messages.part_none.equals(l.getText())).orElseThrow().getText());
		}
	}

	@Test
	void cloningOpensTheSharedWorkspaceInTheWorkbench() throws Exception {
		String url = server.newRepository("clone");
		Path target = folder.resolve("wang").resolve("workspace");
		try (Desk anna = anna(url); Desk wang = new Desk(Files.createDirectories(folder.resolve("empty")), folder.resolve("wang-secure"))) {
			assertTrue(wang.editing().workspace().roots().isEmpty());
			new Dialogs(Messages.clone_title).type(Messages.remote_label, url).type(Messages.clone_folder, target.toString())
					.type(Messages.credentials_user, GitServer.USER).type(Messages.credentials_password, GitServer.PASSWORD)
					.check(Messages.credentials_remember).press(Messages.clone_button);
			CloneHandler.ask(wang.application, wang.shell);
			Desk.awaitJobs();
			ModelWorkspace cloned = wang.application.get(ModelWorkspace.class);
			assertEquals(target, cloned.folder());
			assertEquals(anna.editing().workspace().roots().size(), cloned.roots().size());
			assertEquals(GitServer.USER, wang.application.get(SecureCredentials.class).load(url).orElseThrow().user());
			assertPasswordInNoFile(folder);
		}
	}

	/** Anna's desk: the demo workspace, shared with {@code url} through the Share dialog, her login kept. */
	private Desk anna(String url) throws Exception {
		Path workspace = Files.createDirectories(folder.resolve("anna"));
		DemoWorkspace.create(workspace);
		Desk anna = new Desk(workspace, folder.resolve("anna-secure"));
		new Dialogs(Messages.share_title).type(Messages.remote_label, url).type(Messages.credentials_user, GitServer.USER)
				.type(Messages.credentials_password, GitServer.PASSWORD).check(Messages.credentials_remember).press(Messages.share_button);
		ShareHandler.share(anna.editing(), anna.application, anna.shell);
		Desk.awaitJobs();
		assertEquals(GitServer.USER, anna.application.get(SecureCredentials.class).load(url).orElseThrow().user());
		assertPasswordInNoFile(folder);
		return anna;
	}

	/** Li's desk: a clone of the shared workspace, no login kept. */
	private Desk li(String url) throws Exception {
		Path workspace = folder.resolve("li");
		GitWorkspace.cloneFrom(url, workspace, new UsernamePasswordCredentialsProvider(GitServer.USER, GitServer.PASSWORD),
				NullProgressMonitor.INSTANCE).close();
		return new Desk(workspace, folder.resolve("li-secure"));
	}

	private static Button button(Desk desk, String label) {
		return Ui.find(desk.shell, Button.class, b -> label.equals(b.getText()) && (b.getStyle() & SWT.PUSH) != 0).orElseThrow();
	}

	private static void assertPasswordInNoFile(Path root) throws Exception {
		try (var files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(GitServer.PASSWORD), file.toString());
			}
		}
	}

	private static String remoteHead(String url) throws Exception {
		String[] lines = GitServer.run(serverRoot, java.util.List.of("git", "ls-remote", url.replace("http://", "http://" + GitServer.USER + ":"
				+ GitServer.PASSWORD + "@"), "refs/heads/main"), java.util.Map.of()).strip().split("\n");
		return lines[lines.length - 1].split("\\s+")[0];
	}

	private static String head(Path workspace) throws Exception {
		String[] lines = GitServer.run(workspace, java.util.List.of("git", "rev-parse", "HEAD"), java.util.Map.of()).strip().split("\n");
		return lines[lines.length - 1];
	}
}
