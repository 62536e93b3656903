package org.tandem.cli.internal;

import java.io.IOException;
import java.util.Set;

import org.tandem.core.api.persistence.ModelFileException;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;

/** A command on the workspace folder that is its one positional argument. */
abstract class WorkspaceCommand extends BaseCommand {

	WorkspaceCommand(String name, String arguments, String summary, Set<String> options) {
		super(name, arguments, summary, options);
	}

	@Override
	public final int run(Arguments arguments, Console console) throws IOException {
		ModelWorkspace workspace = ModelWorkspace.open(arguments.folder(), new ModelFiles());
		for (ModelFileException problem : workspace.problems()) {
			console.err().println(problem.getMessage());
			problem.backup().ifPresent(backup -> console.err().println("  the previous version is kept in " + backup)); //$NON-NLS-1$
		}
		int code = run(workspace, arguments, console);
		return workspace.problems().isEmpty() ? code : Math.max(code, ExitCode.FILES);
	}

	abstract int run(ModelWorkspace workspace, Arguments arguments, Console console) throws IOException;
}
