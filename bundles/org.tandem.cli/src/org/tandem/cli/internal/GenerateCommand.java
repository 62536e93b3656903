package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.tandem.core.internal.demo.SyntheticWorkspace;

/** {@code generate DIR --elements N}: a synthetic workspace of about N elements, for benchmarks. */
final class GenerateCommand extends BaseCommand {

	GenerateCommand() {
		super("generate", "DIR --elements N [--seed S]", //$NON-NLS-1$ //$NON-NLS-2$
				"write a synthetic workspace of about N elements into the empty folder DIR", Set.of("elements", "seed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$);
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		Path folder = arguments.emptyWorkspace();
		int size = arguments.intOption("elements", 10_000, 1, 50_000_000); //$NON-NLS-1$
		int seed = arguments.intOption("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE); //$NON-NLS-1$
		long start = System.nanoTime();
		long made = new SyntheticWorkspace(seed).generate(folder, size);
		console.out().printf("%s: %d elements in %.1f s%n", folder, made, (System.nanoTime() - start) / 1e9); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
