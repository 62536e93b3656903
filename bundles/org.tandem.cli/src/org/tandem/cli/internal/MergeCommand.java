package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tandem.sync.api.merge.MergeResult;

/**
 * {@code merge BASE OURS THEIRS [-o OUT]}: the three-way merge of model files on element ids. The
 * result goes to OUT (or to the standard output), the conflicts one a line to the standard output
 * (to the standard error when the result goes to the standard output); exit code 0 when clean, 3
 * when conflicts wait for a person, 1 when an input is not a model file or not a version of the
 * same model.
 */
final class MergeCommand extends BaseCommand {

	MergeCommand() {
		super("merge", "BASE OURS THEIRS [-o OUT]", //$NON-NLS-1$ //$NON-NLS-2$
				"three-way merge of model files on element ids; conflicts one a line, exit code 3 when there are any", Set.of("out")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public int run(Arguments arguments, Console console) throws IOException {
		List<String> files = new ArrayList<>(arguments.positional());
		String out = arguments.option("out", null); //$NON-NLS-1$
		int o = files.indexOf("-o"); //$NON-NLS-1$
		if (o >= 0) {
			if (o + 1 >= files.size()) {
				throw new UsageException("-o needs a file"); //$NON-NLS-1$
			}
			out = files.remove(o + 1);
			files.remove(o);
		}
		if (files.size() != 3) {
			throw new UsageException("expected three model files (base, ours, theirs), got " + files.size()); //$NON-NLS-1$
		}
		Path output = out != null ? Path.of(out).toAbsolutePath().normalize() : Path.of(files.get(1)).toAbsolutePath().normalize();
		ModelFileMerge merge = new ModelFileMerge();
		MergeResult result;
		try {
			result = merge.merge(Path.of(files.get(0)), Path.of(files.get(1)), Path.of(files.get(2)), output);
		} catch (ModelFileMerge.BadInput e) {
			console.err().println("tandem-cli merge: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.PROBLEMS;
		}
		byte[] bytes = merge.bytes();
		if (out != null) {
			Files.write(output, bytes);
			merge.list(console.out(), ""); //$NON-NLS-1$
		} else {
			console.out().write(bytes);
			console.out().flush();
			merge.list(console.err(), ""); //$NON-NLS-1$
		}
		console.err().printf("conflicts: %d%s%n", result.conflicts().size(), out != null ? ", merged model written to " + output : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result.clean() ? ExitCode.OK : ExitCode.CONFLICTS;
	}
}
