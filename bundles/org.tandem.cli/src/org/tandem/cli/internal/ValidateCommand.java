package org.tandem.cli.internal;

import java.util.Set;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.core.internal.validation.ModelValidation;

/** {@code validate DIR}: checks every model file and lists each problem, one a line. */
final class ValidateCommand extends WorkspaceCommand {

	ValidateCommand() {
		super("validate", "DIR", "check the workspace DIR; exit code 1 when it has errors", Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	int run(ModelWorkspace workspace, Arguments arguments, Console console) {
		int errors = 0;
		int warnings = 0;
		ModelValidation validation = new ModelValidation();
		for (EObject root : workspace.roots()) {
			Diagnostic result = validation.validate(root);
			for (Diagnostic problem : result.getChildren()) {
				if (problem.getSeverity() >= Diagnostic.ERROR) {
					errors++;
				} else if (problem.getSeverity() == Diagnostic.WARNING) {
					warnings++;
				} else {
					continue;
				}
				console.out().printf("%s %s: %s%n", problem.getSeverity() >= Diagnostic.ERROR ? "ERROR" : "WARNING", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						workspace.folder().relativize(workspace.fileOf(root.eResource()).orElseThrow()), problem.getMessage());
			}
		}
		console.out().printf("%d files, %d errors, %d warnings%n", workspace.models().size(), errors, warnings); //$NON-NLS-1$
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}
}
