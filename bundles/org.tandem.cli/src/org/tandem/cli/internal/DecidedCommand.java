package org.tandem.cli.internal;

import java.util.Map;

/**
 * {@code decided DIR}: records that a person has decided the conflicts of the last sync (after
 * editing and saving the model files), so that the next sync commits the merge and sends it.
 */
final class DecidedCommand extends BaseCommand {

	DecidedCommand() {
		super("decided", "DIR", "the conflicts of the last sync are decided: the next sync commits and sends the merge", java.util.Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public int run(Arguments arguments, Console console) {
		return new GitSession(Map.of()).run(name(), arguments.folder(), console, workspace -> {
			int waiting = workspace.pendingConflicts().size();
			workspace.markDecided();
			console.err().println(waiting + " conflicts marked as decided"); //$NON-NLS-1$
			return ExitCode.OK;
		});
	}
}
