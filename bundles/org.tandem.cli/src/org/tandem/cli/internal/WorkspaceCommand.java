package org.tandem.cli.internal;

import java.io.IOException;
import java.util.Set;

import org.tandem.core.persistence.ModelFileException;
import org.tandem.core.persistence.ModelFiles;
import org.tandem.core.workspace.ModelWorkspace;

/** A command on the workspace folder that is its one positional argument. */
abstract class WorkspaceCommand implements Command {

	private final String name;
	private final String arguments;
	private final String summary;
	private final Set<String> options;

	WorkspaceCommand(String name, String arguments, String summary, Set<String> options) {
		this.name = name;
		this.arguments = arguments;
		this.summary = summary;
		this.options = options;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String arguments() {
		return arguments;
	}

	@Override
	public final String summary() {
		return summary;
	}

	@Override
	public final Set<String> options() {
		return options;
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
