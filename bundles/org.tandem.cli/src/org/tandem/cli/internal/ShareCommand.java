package org.tandem.cli.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code share DIR [--bundle FILE]}: makes the workspace a Git repository (when it is none yet) and
 * commits its saved changes; with {@code --bundle} it also writes the workspace's history into a
 * Git bundle file, for a USB stick when the link is down (the other side takes it in with
 * {@code sync DIR --from-bundle FILE}).
 */
final class ShareCommand extends BaseCommand {

	ShareCommand() {
		super("share", "DIR [--bundle FILE]", //$NON-NLS-1$ //$NON-NLS-2$
				"make the workspace a Git repository and commit; with --bundle also write its history into a bundle file (for a USB stick)", //$NON-NLS-1$
				Set.of("bundle")); //$NON-NLS-1$
	}

	@Override
	public int run(Arguments arguments, Console console) {
		Path folder = arguments.folder();
		String bundle = arguments.option("bundle", null); //$NON-NLS-1$
		return new GitSession(Map.of()).run(name(), folder, true, console, workspace -> {
			boolean committed = workspace.commitSaved(workspace.configuredAuthor());
			console.err().println(committed ? "saved changes committed" : "nothing new to commit"); //$NON-NLS-1$ //$NON-NLS-2$
			if (bundle != null) {
				Path file = Path.of(bundle).toAbsolutePath();
				workspace.exportBundle(file, workspace.configuredAuthor());
				console.err().println("bundle written to " + file); //$NON-NLS-1$
			}
			return ExitCode.OK;
		});
	}
}
