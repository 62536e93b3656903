package org.tandem.sync.api.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.AtomicFile;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.demo.DemoWorkspace;
import org.tandem.model.api.Milestone;
import org.tandem.sync.api.git.SyncResult.Outcome;
import org.tandem.testing.GitServer;

/**
 * Git sharing against a real Git server on 127.0.0.1 (git http-backend under lighttpd, basic
 * authentication): two workspaces edit the same plan, the real {@code git} is a peer, a wrong
 * password, a server killed during a push or a pull, a server that never answers and a full disk
 * during a save change nothing and lose no edit, and bundle files carry changes with no server at all.
 */
class GitSyncTest {

	private static final String PLAN = "plans/wasser-2024-2028.tandem";
	private static final String M2_PLANNED = "planned=\"2027-06-30\"";
	private static final PersonIdent ANNA = new PersonIdent("Anna Schmidt", "anna@example.org");
	private static final PersonIdent LI = new PersonIdent("Li Wei", "li.wei@example.cn");
	private static final CredentialsProvider LOGIN = new UsernamePasswordCredentialsProvider(GitServer.USER, GitServer.PASSWORD);

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
	void twoWorkspacesMergeEditsOfOnePlanAndConflictingEditsCommitNothingUntilDecided() throws Exception {
		String url = server.newRepository("plans");
		Path a = demo("a");
		Path b = Files.createDirectories(folder.resolve("b"));
		try (GitWorkspace anna = GitWorkspace.create(a); GitWorkspace li = GitWorkspace.create(b)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			assertEquals(Outcome.MERGED, li.sync(url, LOGIN, LI).outcome());
			assertEquals(Files.readString(a.resolve(PLAN)), Files.readString(b.resolve(PLAN)));
			assertEquals(Outcome.RECEIVED, anna.sync(null, LOGIN, ANNA).outcome(), "the remote is remembered");

			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			edit(b, "lagDays=\"10\"", "lagDays=\"12\"");
			assertEquals(Outcome.SENT, anna.sync(null, LOGIN, ANNA).outcome());
			assertEquals(Outcome.MERGED, li.sync(null, LOGIN, LI).outcome());
			String merged = Files.readString(b.resolve(PLAN));
			assertTrue(merged.contains("planned=\"2027-07-31\"") && merged.contains("lagDays=\"12\""), merged);
			RevCommit merge = head(b);
			assertEquals(2, merge.getParentCount());
			assertEquals("Li Wei", merge.getAuthorIdent().getName());
			assertEquals(merge, remoteHead("plans"));
			assertEquals(Outcome.RECEIVED, anna.sync(null, LOGIN, ANNA).outcome());
			assertEquals(merged, Files.readString(a.resolve(PLAN)));

			edit(a, "planned=\"2027-07-31\"", "planned=\"2027-08-31\"");
			edit(b, "planned=\"2027-07-31\"", "planned=\"2027-09-30\"");
			assertEquals(Outcome.SENT, anna.sync(null, LOGIN, ANNA).outcome());
			ObjectId annas = remoteHead("plans");
			RevCommit before = head(b);
			SyncResult conflicts = li.sync(null, LOGIN, LI);
			assertEquals(Outcome.CONFLICTS, conflicts.outcome());
			assertEquals(1, conflicts.conflicts().size(), conflicts.conflicts().toString());
			assertTrue(conflicts.conflicts().get(0).startsWith(PLAN + ": M2 "), conflicts.conflicts().get(0));
			assertTrue(conflicts.conflicts().get(0).contains("\"2027-09-30\"") && conflicts.conflicts().get(0).contains("\"2027-08-31\""));
			RevCommit saved = head(b);
			assertEquals(1, saved.getParentCount(), "only Li's saved edit is committed, no merge");
			assertEquals(before, saved.getParent(0));
			assertEquals(annas, remoteHead("plans"), "nothing pushed");
			assertTrue(Files.readString(b.resolve(PLAN)).contains("planned=\"2027-09-30\""), "ours' value is kept");
			assertTrue(Files.exists(b.resolve(".git/MERGE_HEAD")));
			assertEquals(conflicts.conflicts(), li.pendingConflicts());
			assertEquals(conflicts.conflicts(), li.sync(null, LOGIN, LI).conflicts(), "a sync before the decision changes nothing");
			assertEquals(annas, remoteHead("plans"));

			li.markDecided();
			assertEquals(Outcome.SENT, li.sync(null, LOGIN, LI).outcome());
			RevCommit decided = head(b);
			assertEquals(2, decided.getParentCount());
			assertEquals(saved, decided.getParent(0));
			assertEquals(annas, decided.getParent(1));
			assertEquals(decided, remoteHead("plans"));
			assertEquals(Outcome.RECEIVED, anna.sync(null, LOGIN, ANNA).outcome());
			assertTrue(Files.readString(a.resolve(PLAN)).contains("planned=\"2027-09-30\""));
		}
	}

	@Test
	void theGitCommandLineIsAPeer() throws Exception {
		String url = server.newRepository("peer");
		Path a = demo("a");
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			String withLogin = url.replace("http://", "http://" + GitServer.USER + ":" + GitServer.PASSWORD + "@");
			GitServer.run(folder, List.of("git", "-c", "credential.helper=", "clone", "-q", withLogin, "clone"), Map.of());
			Path clone = folder.resolve("clone");
			edit(clone, "lagDays=\"10\"", "lagDays=\"14\"");
			Files.writeString(clone.resolve("notes.txt"), "Treffen am 3. März\n");
			git(clone, "add", "-A");
			git(clone, "-c", "user.name=Wang Fang", "-c", "user.email=wang@example.cn", "commit", "-q", "-m", "Lag from the command line");
			git(clone, "-c", "credential.helper=", "push", "-q", "origin", "main");

			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			assertEquals(Outcome.MERGED, anna.sync(null, LOGIN, ANNA).outcome());
			String plan = Files.readString(a.resolve(PLAN));
			assertTrue(plan.contains("lagDays=\"14\"") && plan.contains("planned=\"2027-07-31\""), plan);
			assertEquals("Treffen am 3. März\n", Files.readString(a.resolve("notes.txt")));

			git(clone, "-c", "credential.helper=", "pull", "-q", "--ff-only", "origin", "main");
			assertEquals(plan, Files.readString(clone.resolve(PLAN)));
			assertTrue(git(clone, "log", "--format=%an %s", "-3").contains("Anna Schmidt"));
		}
	}

	@Test
	void aWrongPasswordGivesAClearErrorAndChangesNothing() throws Exception {
		String url = server.newRepository("login");
		Path a = demo("a");
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			ObjectId remote = remoteHead("login");
			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			String saved = Files.readString(a.resolve(PLAN));
			SyncException wrong = assertThrows(SyncException.class,
					() -> anna.sync(null, new UsernamePasswordCredentialsProvider(GitServer.USER, "wrong"), ANNA));
			assertEquals(SyncException.Reason.AUTHENTICATION, wrong.reason());
			assertTrue(wrong.getMessage().contains("refused the user name and password"), wrong.getMessage());
			assertFalse(wrong.getMessage().contains("wrong"), "the password never shows");
			assertEquals(remote, remoteHead("login"));
			assertEquals(saved, Files.readString(a.resolve(PLAN)));
			SyncException none = assertThrows(SyncException.class, () -> anna.sync(null, null, ANNA));
			assertEquals(SyncException.Reason.AUTHENTICATION, none.reason());
			assertEquals(Outcome.SENT, anna.sync(null, LOGIN, ANNA).outcome());
		}
	}

	@Test
	void aServerKilledDuringAPushLeavesTheWorkspaceAsItWasAndTheNextSyncSucceeds() throws Exception {
		String url = server.newRepository("killed");
		Path a = demo("a");
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			byte[] big = new byte[48 << 20];
			new Random(7).nextBytes(big);
			Files.createDirectories(a.resolve("attachments"));
			Files.write(a.resolve("attachments/site-survey.bin"), big);
			String plan = Files.readString(a.resolve(PLAN));
			ExecutorService executor = Executors.newSingleThreadExecutor();
			try {
				Future<SyncResult> sync = executor.submit(() -> anna.sync(null, LOGIN, ANNA));
				waitForUpload();
				server.kill();
				ExecutionException failed = assertThrows(ExecutionException.class, () -> sync.get(120, TimeUnit.SECONDS));
				SyncException cause = (SyncException) failed.getCause();
				assertEquals(SyncException.Reason.NO_CONNECTION, cause.reason(), cause.getMessage());
			} finally {
				executor.shutdownNow();
			}
			assertEquals(plan, Files.readString(a.resolve(PLAN)));
			assertTrue(java.util.Arrays.equals(big, Files.readAllBytes(a.resolve("attachments/site-survey.bin"))));
			assertEquals("", GitServer.run(a, List.of("git", "status", "--porcelain"), Map.of()).replaceAll("(?m)^warning: .*\n", ""),
					"everything saved is committed");

			server.restart();
			assertEquals(Outcome.SENT, anna.sync(null, LOGIN, ANNA).outcome());
			assertEquals(head(a), remoteHead("killed"));
			GitServer.run(server.root().resolve("killed.git"), List.of("git", "fsck", "--full"), Map.of());
		}
	}

	@Test
	void bundleFilesCarryChangesBetweenWorkspacesWithoutAServer() throws Exception {
		Path a = demo("a");
		Path b = Files.createDirectories(folder.resolve("b"));
		Path stick = Files.createDirectories(folder.resolve("usb-stick"));
		Path bundle = stick.resolve("tandem.bundle");
		try (GitWorkspace anna = GitWorkspace.create(a); GitWorkspace li = GitWorkspace.create(b)) {
			anna.exportBundle(bundle, ANNA);
			assertEquals(Outcome.MERGED, li.importBundle(bundle, LI).outcome());
			assertEquals(Files.readString(a.resolve(PLAN)), Files.readString(b.resolve(PLAN)));

			edit(b, "lagDays=\"10\"", "lagDays=\"12\"");
			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			li.exportBundle(bundle, LI);
			assertEquals(Outcome.MERGED, anna.importBundle(bundle, ANNA).outcome());
			String plan = Files.readString(a.resolve(PLAN));
			assertTrue(plan.contains("lagDays=\"12\"") && plan.contains("planned=\"2027-07-31\""), plan);
			anna.exportBundle(bundle, ANNA);
			assertEquals(Outcome.RECEIVED, li.importBundle(bundle, LI).outcome());
			assertEquals(plan, Files.readString(b.resolve(PLAN)));
			assertEquals(Outcome.UP_TO_DATE, li.importBundle(bundle, LI).outcome());
		}
	}

	@Test
	void aFolderThatIsNoRepositoryIsNamedAndTheRepositoryIsMadeSafe() throws Exception {
		Path a = demo("a");
		SyncException no = assertThrows(SyncException.class, () -> GitWorkspace.open(a));
		assertEquals(SyncException.Reason.NOT_A_REPOSITORY, no.reason());
		assertTrue(no.getMessage().contains(a.toString()), no.getMessage());
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			assertTrue(anna.commitSaved(ANNA));
			assertFalse(anna.commitSaved(ANNA), "nothing new");
			assertTrue(head(a).getFullMessage().contains(PLAN), head(a).getFullMessage());
			assertEquals(SyncException.Reason.NO_REMOTE, assertThrows(SyncException.class, () -> anna.sync(null, null, ANNA)).reason());
		}
		String config = Files.readString(a.resolve(".git/config"));
		assertTrue(config.contains("fsyncObjectFiles = true") && config.contains("fsyncRefFiles = true"), config);
		assertTrue(Files.readString(a.resolve(".gitattributes")).contains("*.tandem text eol=lf merge=tandem"));
		assertEquals("/.metadata/", Files.readAllLines(a.resolve(".gitignore")).get(1));
		assertTrue(Files.readAllLines(a.resolve(".gitignore")).contains("*.tandem.bak"));
	}

	@Test
	void theBackupThatASaveKeepsIsNotShared() throws Exception {
		Path a = demo("a");
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			Files.writeString(a.resolve(".gitignore"), "/.metadata/"); // as an older Tandem wrote it
			anna.commitSaved(ANNA);
		}
		Files.writeString(a.resolve(PLAN + ".bak"), "the previous version");
		try (GitWorkspace anna = GitWorkspace.open(a)) {
			anna.commitSaved(ANNA);
		}
		assertEquals("/.metadata/\n*.tandem.bak\n", Files.readString(a.resolve(".gitignore")));
		String files = GitServer.run(a, List.of("git", "ls-files"), Map.of());
		assertFalse(files.contains(".bak"), files);
	}

	@Test
	void aServerKilledDuringAPullLeavesTheWorkspaceAsItWasAndTheNextSyncSucceeds() throws Exception {
		String url = server.newRepository("pull-killed");
		Path a = demo("a");
		Path b = Files.createDirectories(folder.resolve("b"));
		try (GitWorkspace anna = GitWorkspace.create(a); GitWorkspace li = GitWorkspace.create(b)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			assertEquals(Outcome.MERGED, li.sync(url, LOGIN, LI).outcome());
			edit(b, "lagDays=\"10\"", "lagDays=\"12\"");
			byte[] big = new byte[48 << 20];
			new Random(11).nextBytes(big);
			Files.createDirectories(b.resolve("attachments"));
			Files.write(b.resolve("attachments/site-survey.bin"), big);
			assertEquals(Outcome.SENT, li.sync(null, LOGIN, LI).outcome());

			edit(a, M2_PLANNED, "planned=\"2027-07-31\"");
			anna.commitSaved(ANNA);
			String plan = Files.readString(a.resolve(PLAN));
			RevCommit before = head(a);
			ObjectId tracked = ref(a, "refs/remotes/origin/main");
			KillOnDownload killer = new KillOnDownload();
			SyncException failed;
			try {
				failed = assertThrows(SyncException.class, () -> anna.sync(null, LOGIN, ANNA, killer));
			} finally {
				if (killer.killed) {
					server.restart();
				}
			}
			assertTrue(killer.killed, "the server was killed during the download");
			assertEquals(SyncException.Reason.NO_CONNECTION, failed.reason(), failed.getMessage());
			assertEquals(before, head(a), "nothing merged");
			assertEquals(tracked, ref(a, "refs/remotes/origin/main"), "the remote branch as it was");
			assertEquals(plan, Files.readString(a.resolve(PLAN)));
			assertFalse(Files.exists(a.resolve("attachments")));
			assertEquals("", GitServer.run(a, List.of("git", "status", "--porcelain"), Map.of()).replaceAll("(?m)^warning: .*\n", ""));
			GitServer.run(a, List.of("git", "fsck", "--full"), Map.of());

			assertEquals(Outcome.MERGED, anna.sync(null, LOGIN, ANNA).outcome());
			String merged = Files.readString(a.resolve(PLAN));
			assertTrue(merged.contains("lagDays=\"12\"") && merged.contains("planned=\"2027-07-31\""), merged);
			assertTrue(java.util.Arrays.equals(big, Files.readAllBytes(a.resolve("attachments/site-survey.bin"))));
			assertEquals(head(a), remoteHead("pull-killed"));
		}
	}

	@Test
	void aServerThatNeverAnswersTimesOutWithAClearMessageAndChangesNothing() throws Exception {
		Path a = demo("a");
		try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
				GitWorkspace anna = GitWorkspace.create(a)) {
			anna.commitSaved(ANNA);
			RevCommit before = head(a);
			String plan = Files.readString(a.resolve(PLAN));
			String url = "http://127.0.0.1:" + silent.getLocalPort() + "/plans.git";
			anna.setTransferTimeout(2);
			long start = System.nanoTime();
			SyncException failed = assertThrows(SyncException.class, () -> anna.sync(url, LOGIN, ANNA));
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
			assertTrue(seconds < 30, "gave up after " + seconds + " s");
			assertEquals(SyncException.Reason.NO_CONNECTION, failed.reason(), failed.getMessage());
			assertTrue(failed.getMessage().contains(url) && failed.getMessage().contains("did not answer within 2 s"), failed.getMessage());
			assertEquals(before, head(a));
			assertEquals(plan, Files.readString(a.resolve(PLAN)));

			String real = server.newRepository("after-timeout");
			assertEquals(Outcome.SENT, anna.sync(real, LOGIN, ANNA).outcome());
			assertEquals(head(a), remoteHead("after-timeout"));
		}
	}

	@Test
	void aFullDiskDuringASaveKeepsThePreviousVersionAndTheEditIsSentOnceSaved() throws Exception {
		String url = server.newRepository("full-disk");
		Path a = demo("a");
		try (GitWorkspace anna = GitWorkspace.create(a)) {
			assertEquals(Outcome.SENT, anna.sync(url, LOGIN, ANNA).outcome());
			Path file = a.resolve(PLAN);
			byte[] previous = Files.readAllBytes(file);
			ModelFiles files = new ModelFiles();
			XMLResource plan = files.load(ModelWorkspace.newResourceSet(), file);
			Milestone m2 = milestone(plan, LocalDate.of(2027, 6, 30));
			m2.setPlanned(LocalDate.of(2027, 7, 31));
			byte[] content = ModelFiles.serialize(plan);
			IOException full = assertThrows(IOException.class, () -> new AtomicFile(file).write(out -> {
				out.write(content, 0, content.length / 2);
				out.flush();
				throw new IOException("No space left on device");
			}));
			assertEquals("No space left on device", full.getMessage());
			assertTrue(java.util.Arrays.equals(previous, Files.readAllBytes(file)), "the previous version is intact");
			try (var left = Files.list(file.getParent())) {
				assertEquals(List.of(), left.filter(AtomicFile::isLeftover).toList(), "no half-written file");
			}
			assertEquals(Outcome.UP_TO_DATE, anna.sync(null, LOGIN, ANNA).outcome(), "nothing half-written is shared");
			assertEquals(LocalDate.of(2027, 7, 31), m2.getPlanned(), "the edit is still in the model");

			files.save(plan, file);
			assertEquals(Outcome.SENT, anna.sync(null, LOGIN, ANNA).outcome());
			assertTrue(git(server.root().resolve("full-disk.git"), "show", "main:" + PLAN).contains("planned=\"2027-07-31\""));
			assertEquals(head(a), remoteHead("full-disk"));
		}
	}

	/** Kills the server as soon as the objects of a fetch start to arrive. */
	private static final class KillOnDownload implements ProgressMonitor {
		boolean killed;
		private boolean receiving;

		@Override
		public void start(int totalTasks) {
		}

		@Override
		public void beginTask(String title, int totalWork) {
			receiving = title.startsWith("Receiving");
		}

		@Override
		public void update(int completed) {
			if (receiving && !killed) {
				killed = true;
				try {
					server.kill();
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		}

		@Override
		public void endTask() {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public void showDuration(boolean enabled) {
		}
	}

	private static Milestone milestone(XMLResource plan, LocalDate planned) {
		for (var all = plan.getAllContents(); all.hasNext();) {
			if (all.next() instanceof Milestone m && planned.equals(m.getPlanned())) {
				return m;
			}
		}
		throw new AssertionError("no milestone planned for " + planned);
	}

	private static ObjectId ref(Path workspace, String name) throws Exception {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(workspace.resolve(".git").toFile()).build()) {
			return repository.resolve(name);
		}
	}

	private void waitForUpload() throws Exception {
		Path uploads = server.root().resolve(".git-server/tmp");
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < until) {
			try (var files = Files.list(uploads)) {
				if (files.anyMatch(f -> f.getFileName().toString().startsWith("lighttpd-upload-"))) {
					return;
				}
			}
			Thread.sleep(5);
		}
		throw new IllegalStateException("the push never started uploading within 60 s");
	}

	private Path demo(String name) throws Exception {
		Path workspace = Files.createDirectories(folder.resolve(name));
		DemoWorkspace.create(workspace);
		return workspace;
	}

	private static void edit(Path workspace, String from, String to) throws Exception {
		Path file = workspace.resolve(PLAN);
		String text = Files.readString(file);
		assertTrue(text.contains(from), from);
		Files.writeString(file, text.replace(from, to));
	}

	private static String git(Path clone, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		return GitServer.run(clone, command, Map.of());
	}

	private static RevCommit head(Path workspace) throws Exception {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(workspace.resolve(".git").toFile()).build();
				RevWalk walk = new RevWalk(repository)) {
			return walk.parseCommit(repository.resolve(Constants.HEAD));
		}
	}

	private static ObjectId remoteHead(String name) throws Exception {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(server.root().resolve(name + ".git").toFile()).build()) {
			ObjectId id = repository.resolve("refs/heads/main");
			assertNotNull(id);
			return id;
		}
	}
}
