package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.tandem.sync.api.merge.MergeResult;

/**
 * {@code merge-driver %O %A %B [%P]}: Git's merge driver contract. The merge of %A (ours) and %B
 * (theirs) from %O (base) replaces %A; the exit code is 0 when the merge is clean and 3 when
 * conflicts remain (listed on the standard error, after the path %P), so that Git marks the file
 * as conflicted; 1 when an input is not a model file, which leaves %A as it was.
 */
final class MergeDriverCommand extends BaseCommand {

	MergeDriverCommand() {
		super("merge-driver", "%O %A %B [%P]", //$NON-NLS-1$ //$NON-NLS-2$
				"Git merge driver: merges into %A, exit code 3 when conflicts remain (see docs/sync.md)", Set.of()); //$NON-NLS-1$
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		List<String> files = arguments.positional();
		if (files.size() != 3 && files.size() != 4) {
			throw new UsageException("expected %O %A %B and optionally %P, got " + files.size() + " arguments"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path ours = Path.of(files.get(1)).toAbsolutePath().normalize();
		String path = files.size() == 4 ? files.get(3) : files.get(1);
		ModelFileMerge merge = new ModelFileMerge();
		MergeResult result;
		try {
			result = merge.merge(Path.of(files.get(0)), ours, Path.of(files.get(2)), ours);
		} catch (ModelFileMerge.BadInput e) {
			console.err().println("tandem-cli merge-driver: " + path + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.PROBLEMS;
		}
		Files.write(ours, merge.bytes());
		merge.list(console.err(), path + ": "); //$NON-NLS-1$
		return result.clean() ? ExitCode.OK : ExitCode.CONFLICTS;
	}
}
