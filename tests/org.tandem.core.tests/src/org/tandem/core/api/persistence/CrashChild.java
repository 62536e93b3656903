package org.tandem.core.api.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The child JVM of {@link CrashTest}: saves generation after generation of a model file, printing
 * "saved N" after each, until it is killed.
 */
public final class CrashChild {

	static final int SIZE = 400;

	private CrashChild() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		int generation = Integer.parseInt(args[1]);
		ModelFiles files = new ModelFiles();
		while (true) {
			generation++;
			files.save(generation(file, generation), file);
			System.out.println("saved " + generation);
			System.out.flush();
		}
	}

	static XMLResource generation(Path file, int generation) {
		XMLResource resource = ModelFiles.newResource(TestModel.resourceSet(), file);
		resource.getContents().add(TestModel.tree("generation " + generation, SIZE));
		return resource;
	}
}
