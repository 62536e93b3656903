package org.tandem.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the EMF model and edit code of Tandem, or checks that it is up to date.
 * <p>
 * {@code GenerateModel --generate ROOT} regenerates {@code bundles/org.tandem.model/src-gen} and
 * {@code bundles/org.tandem.model.edit/src-gen} (and the other files EMF generates) from
 * {@code bundles/org.tandem.model/model/tandem.genmodel}; EMF's merger keeps code marked
 * {@code @generated NOT}. Generated files that the model no longer produces are deleted.
 * <p>
 * {@code GenerateModel --check ROOT} does the same in a copy of the two bundles and fails, naming the
 * files, when the copy then differs from the bundles: the build runs it this way.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 || !List.of("--generate", "--check").contains(args[0])) {
			throw new IllegalArgumentException("usage: GenerateModel --generate|--check <repository root>");
		}
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize().resolve("bundles");
		if (args[0].equals("--generate")) {
			Generation.Result result = new Generation(bundles).run();
			result.deleted().forEach(path -> System.out.println("deleted stale " + bundles.relativize(path)));
			System.out.println("Generated the model and edit code from " + bundles.relativize(Generation.genModelFile(bundles))
					+ " (" + result.outputs().size() + " files).");
		} else {
			List<String> differences = new UpToDateCheck(bundles).differences();
			if (!differences.isEmpty()) {
				throw new IllegalStateException("The generated EMF code is out of date; run ./generate-model and commit the result:\n  "
						+ String.join("\n  ", differences));
			}
			System.out.println("The generated EMF code is up to date with " + bundles.relativize(Generation.genModelFile(bundles)) + ".");
		}
	}
}
