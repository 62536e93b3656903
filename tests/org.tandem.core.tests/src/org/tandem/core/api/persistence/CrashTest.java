package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is saving a model file over and over ({@code kill -9}, at a random moment) 100
 * times; after each kill the file and its backup load and equal one whole generation.
 */
class CrashTest {

	private static final int KILLS = 100;

	@TempDir
	Path folder;

	@Test
	void aKilledSaveLeavesTheOldOrTheNewFileWhole() throws Exception {
		Path file = folder.resolve("plan.xmi");
		Random random = new Random(20261123);
		ModelFiles files = new ModelFiles();
		files.save(CrashChild.generation(file, 0), file);
		int generation = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Process child = new ProcessBuilder(javaCommand(file, generation)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			int savesBeforeKill = 1 + random.nextInt(3);
			for (int i = 0; i < savesBeforeKill; i++) {
				String line = out.readLine();
				assertTrue(line != null && line.startsWith("saved "), "child saves: " + line);
			}
			Thread.sleep(random.nextInt(15));
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child died");

			int onDisk = assertWholeGeneration(files, file);
			assertTrue(onDisk >= generation + savesBeforeKill, "no save was lost: " + onDisk);
			assertWholeGeneration(files, new AtomicFile(file).backup());
			generation = onDisk;
		}
		try (Stream<Path> left = Files.list(folder)) {
			List<Path> leftovers = left.filter(AtomicFile::isLeftover).toList();
			assertTrue(leftovers.size() <= KILLS, "at most one temporary file per kill: " + leftovers);
			System.out.printf("crash test: %d kills, %d of them in the middle of a save (a temporary file left), %d generations%n",
					KILLS, leftovers.size(), generation);
		}
	}

	/** Loads the file, checks it is exactly the bytes of one generation and returns that generation. */
	private static int assertWholeGeneration(ModelFiles files, Path file) throws IOException {
		XMLResource loaded = files.load(TestModel.resourceSet(), file);
		EObject root = loaded.getContents().get(0);
		int generation = Integer.parseInt(((String) root.eGet(TestModel.NAME)).substring("generation ".length()));
		byte[] expected = ModelFiles.serialize(CrashChild.generation(file, generation));
		assertArrayEquals(expected, Files.readAllBytes(file), file + " is generation " + generation + ", whole");
		return generation;
	}

	private static List<String> javaCommand(Path file, int generation) throws URISyntaxException {
		String classpath = Stream.of(CrashChild.class, ModelFiles.class, EObject.class, URI.class, XMIResource.class)
				.map(CrashTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
				CrashChild.class.getName(), file.toString(), Integer.toString(generation)));
		return command;
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
