package org.tandem.core.api.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

	@TempDir
	Path folder;

	@Test
	void writesANewFileAndItsFolder() throws IOException {
		Path file = folder.resolve("plans/wasser.xmi");
		new AtomicFile(file).write("eins".getBytes(StandardCharsets.UTF_8));
		assertEquals("eins", Files.readString(file));
		assertFalse(Files.exists(new AtomicFile(file).backup()), "no backup of a file that did not exist");
		assertEquals(List.of("wasser.xmi"), names(file.getParent()));
	}

	@Test
	void keepsThePreviousGenerationAsBackup() throws IOException {
		Path file = folder.resolve("plan.xmi");
		AtomicFile atomic = new AtomicFile(file);
		atomic.write("eins".getBytes(StandardCharsets.UTF_8));
		atomic.write("zwei".getBytes(StandardCharsets.UTF_8));
		atomic.write("drei".getBytes(StandardCharsets.UTF_8));
		assertEquals("drei", Files.readString(file));
		assertEquals("zwei", Files.readString(atomic.backup()));
		assertEquals(List.of("plan.xmi", "plan.xmi.bak"), names(folder));
	}

	@Test
	void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path file = folder.resolve("plan.xmi");
		AtomicFile atomic = new AtomicFile(file);
		atomic.write("eins".getBytes(StandardCharsets.UTF_8));
		IOException failure = assertThrows(IOException.class, () -> atomic.write(out -> {
			out.write("halb".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertEquals("eins", Files.readString(file));
		assertEquals(List.of("plan.xmi"), names(folder));
	}

	@Test
	void newFilesGetTheUsualPermissionsNotPrivateTemporaryOnes() throws IOException {
		Path file = folder.resolve("plan.xmi");
		new AtomicFile(file).write(new byte[] { 1, 2, 3 });
		Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(folder.resolve("ordinary")));
		assertEquals(ordinary, Files.getPosixFilePermissions(file));
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(file));
	}

	@Test
	void recognisesTheTemporaryFilesThatACrashLeaves() {
		assertTrue(AtomicFile.isLeftover(Path.of(".plan.xmi.5f3a9c.tmp")));
		assertFalse(AtomicFile.isLeftover(Path.of("plan.xmi")));
		assertFalse(AtomicFile.isLeftover(Path.of("plan.xmi.bak")));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
