package org.tandem.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem-cli merge} and {@code merge-driver} of the unpacked product: the exit codes, and
 * the merge driver set up as docs/sync.md says, used by the real {@code git} when two clones pull
 * each other's edits of a model file.
 */
class MergeCliTest {

	private static final String PLAN = "plans/wasser-2024-2028.tandem";
	private static final String M2_PLANNED = "planned=\"2027-06-30\"";

	@TempDir
	static Path folder;
	private static Path cli;
	private static Path demo;

	@BeforeAll
	static void unpack() throws Exception {
		cli = Launcher.unpack(folder).script.resolveSibling("tandem-cli");
		demo = folder.resolve("demo");
		assertEquals(0, run(folder, List.of(cli.toString(), "demo", demo.toString())).exit);
	}

	@Test
	void mergeExitsWith0WhenCleanAnd3WithConflictsListedOneALine() throws Exception {
		Path work = Files.createDirectories(folder.resolve("merge"));
		String base = Files.readString(demo.resolve(PLAN));
		Path b = write(work, "base.tandem", base);
		Path o = write(work, "ours.tandem", base.replace(M2_PLANNED, "planned=\"2027-07-31\""));
		Path t = write(work, "theirs.tandem", base.replace("lagDays=\"10\"", "lagDays=\"12\""));
		Path out = work.resolve("merged.tandem");
		Result clean = cli("merge", b.toString(), o.toString(), t.toString(), "-o", out.toString());
		assertEquals(0, clean.exit, clean.output);
		String merged = Files.readString(out);
		assertTrue(merged.contains("planned=\"2027-07-31\"") && merged.contains("lagDays=\"12\""), merged);

		Path conflicting = write(work, "conflicting.tandem", base.replace(M2_PLANNED, "planned=\"2027-08-31\""));
		Result conflict = cli("merge", b.toString(), o.toString(), conflicting.toString(), "-o", out.toString());
		assertEquals(3, conflict.exit, conflict.output);
		assertTrue(conflict.output.contains(
				"M2 Reclaimed water plant in operation, Planned: ours \"2027-07-31\", theirs \"2027-08-31\" (was \"2027-06-30\"); ours is kept\n"),
				conflict.output);
		assertTrue(Files.readString(out).contains("planned=\"2027-07-31\""));

		Result toStandardOutput = cli("merge", b.toString(), o.toString(), t.toString());
		assertEquals(0, toStandardOutput.exit, toStandardOutput.output);
		assertTrue(toStandardOutput.output.startsWith("<?xml") && toStandardOutput.output.contains("lagDays=\"12\""), toStandardOutput.output);
	}

	@Test
	void mergeExitsWith1NamingAFileThatIsNotAModelAnd2ForAWrongCommandLine() throws Exception {
		Path work = Files.createDirectories(folder.resolve("bad"));
		Path b = write(work, "base.tandem", Files.readString(demo.resolve(PLAN)));
		Path broken = write(work, "broken.tandem", "<?xml version=\"1.0\"?>\n<tandem:ImplementationPlan\n");
		Result bad = cli("merge", b.toString(), b.toString(), broken.toString(), "-o", work.resolve("out.tandem").toString());
		assertEquals(1, bad.exit, bad.output);
		assertTrue(bad.output.contains("broken.tandem, line "), bad.output);
		Result missing = cli("merge", b.toString(), work.resolve("missing.tandem").toString(), b.toString());
		assertEquals(1, missing.exit, missing.output);
		assertTrue(missing.output.contains("missing.tandem: the file does not exist"), missing.output);
		Result other = cli("merge", b.toString(), b.toString(), demo.resolve("plans/energie-2024-2028.tandem").toString());
		assertEquals(1, other.exit, other.output);
		assertTrue(other.output.contains("are not versions of the same model"), other.output);
		assertEquals(2, cli("merge", b.toString(), b.toString()).exit);
	}

	@Test
	void gitMergesModelFilesWithTheDriverAndMarksRealConflicts() throws Exception {
		Path git = Files.createDirectories(folder.resolve("git"));
		git(git, "init", "--bare", "-b", "main", "shared.git");
		Path setup = clone(git, "setup");
		copyTree(demo, setup);
		Files.writeString(setup.resolve(".gitattributes"), "*.tandem merge=tandem\n");
		git(setup, "add", ".");
		git(setup, "commit", "-m", "demo workspace");
		git(setup, "push", "origin", "main");
		Path alice = clone(git, "alice");
		Path bob = clone(git, "bob");

		// both edit the same line of the file: plain git would stop with a conflict, the model merge does not
		edit(alice, M2_PLANNED, "planned=\"2027-07-31\"");
		commitAndPush(alice, "M2 later");
		edit(bob, M2_PLANNED, M2_PLANNED + " actual=\"2027-07-02\"");
		git(bob, "commit", "-am", "M2 done");
		Result pull = git(bob, "pull", "--no-rebase", "origin", "main");
		assertEquals(0, pull.exit, pull.output);
		String merged = Files.readString(bob.resolve(PLAN));
		assertTrue(merged.contains("planned=\"2027-07-31\"") && merged.contains("actual=\"2027-07-02\""), merged);
		assertTrue(git(bob, "log", "--oneline", "-1").output.contains("Merge"), "a merge commit");
		git(bob, "push", "origin", "main");

		// now both set the same date differently: git marks the file conflicted, the file keeps ours and loads
		git(alice, "pull", "--no-rebase", "origin", "main");
		edit(alice, "planned=\"2027-07-31\"", "planned=\"2027-08-31\"");
		commitAndPush(alice, "M2 in August");
		edit(bob, "planned=\"2027-07-31\"", "planned=\"2027-09-30\"");
		git(bob, "commit", "-am", "M2 in September");
		Result conflict = git(bob, "pull", "--no-rebase", "origin", "main");
		assertNotEquals(0, conflict.exit, conflict.output);
		assertTrue(conflict.output.contains(PLAN + ": M2 Reclaimed water plant in operation, Planned: ours \"2027-09-30\", theirs \"2027-08-31\""),
				conflict.output);
		assertTrue(git(bob, "status", "--porcelain").output.contains("UU " + PLAN), "git marks the file as conflicted");
		String kept = Files.readString(bob.resolve(PLAN));
		assertTrue(kept.contains("planned=\"2027-09-30\"") && !kept.contains("<<<<<<<"), kept);
		Result valid = cli("validate", bob.toString());
		assertEquals(0, valid.exit, valid.output);
	}

	private static Path clone(Path git, String name) throws Exception {
		git(git, "clone", "shared.git", name);
		Path clone = git.resolve(name);
		// the setup that docs/sync.md describes, once per clone
		git(clone, "config", "merge.tandem.name", "Tandem model merge");
		git(clone, "config", "merge.tandem.driver", "'" + cli + "' merge-driver %O %A %B %P");
		return clone;
	}

	private static void edit(Path clone, String from, String to) throws IOException {
		Path plan = clone.resolve(PLAN);
		String before = Files.readString(plan);
		assertTrue(before.contains(from), from);
		Files.writeString(plan, before.replace(from, to));
	}

	private static void commitAndPush(Path clone, String message) throws Exception {
		git(clone, "commit", "-am", message);
		git(clone, "push", "origin", "main");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (var all = Files.walk(from)) {
			for (Path path : all.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static Path write(Path folder, String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}

	private static Result git(Path directory, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Result result = run(directory, command);
		if (!List.of("pull", "log", "status").contains(arguments[0])) {
			assertEquals(0, result.exit, String.join(" ", command) + "\n" + result.output);
		}
		return result;
	}

	@Test
	void theMergeBenchmarkPrintsGitMergeFilesConflictHunksBesideTandems() throws Exception {
		Result benchmark = cli("benchmark", "--merge", "5000", "--runs", "1");
		assertEquals(0, benchmark.exit, benchmark.output);
		java.util.regex.Matcher figures = java.util.regex.Pattern
				.compile("median [0-9.,]+ ms processor time over 1 runs, (\\d+) conflicts; git merge-file --diff3 on the same three files: (\\d+) conflict hunks in [0-9.,]+ ms")
				.matcher(benchmark.output);
		assertTrue(figures.find(), benchmark.output);
		assertEquals("0", figures.group(1), "edits on different elements are no conflict for Tandem");
		assertTrue(Integer.parseInt(figures.group(2)) > 0, "the text merge of the same files finds conflicts: " + benchmark.output);
	}

	private static Result cli(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(cli.toString()));
		command.addAll(List.of(arguments));
		return run(folder, command);
	}

	/** Runs a command as a person's shell would, with the test's JDK as the only one that tandem-cli finds. */
	private static Result run(Path directory, List<String> command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.remove("JAVA_HOME");
		env.remove("DISPLAY");
		env.put("PATH", "/usr/bin:/bin");
		env.put("TANDEM_JDK_SEARCH", Launcher.testJdk());
		env.put("HOME", folder.toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		for (String who : new String[] { "AUTHOR", "COMMITTER" }) {
			env.put("GIT_" + who + "_NAME", "Tandem Test");
			env.put("GIT_" + who + "_EMAIL", "test@tandem.invalid");
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}
}
