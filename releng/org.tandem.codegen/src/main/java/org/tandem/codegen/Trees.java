package org.tandem.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Copying, listing and deleting the files of the model bundles; build output is left out. */
final class Trees {

	static final Set<String> BUILD_OUTPUT = Set.of("target", "bin");

	private Trees() {
	}

	/** The regular files under a folder, sorted; none when it does not exist. */
	static List<Path> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/** The files of a bundle, relative to its parent folder, without build output. */
	static List<Path> bundleFiles(Path bundles, String bundle) throws IOException {
		Path folder = bundles.resolve(bundle);
		return files(folder).stream().filter(file -> !BUILD_OUTPUT.contains(folder.relativize(file).getName(0).toString()))
				.map(bundles::relativize).toList();
	}

	/** Copies the model bundles from one folder into another, leaving out build output and the given top folders. */
	static void copyBundles(Path from, Path to, Set<String> leftOut) throws IOException {
		for (String bundle : Generation.BUNDLES) {
			for (Path file : bundleFiles(from, bundle)) {
				if (!leftOut.contains(file.getName(1).toString())) {
					Path target = to.resolve(file);
					Files.createDirectories(target.getParent());
					Files.copy(from.resolve(file), target);
				}
			}
		}
	}

	static void delete(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
