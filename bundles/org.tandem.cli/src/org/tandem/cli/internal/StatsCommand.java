package org.tandem.cli.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.workspace.ModelWorkspace;

/** {@code stats DIR}: how many elements of each kind the workspace holds. */
final class StatsCommand extends WorkspaceCommand {

	StatsCommand() {
		super("stats", "DIR", "count the elements of each kind in the workspace DIR", Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	int run(ModelWorkspace workspace, Arguments arguments, Console console) {
		Map<String, Integer> counts = new TreeMap<>();
		for (EObject root : workspace.roots()) {
			counts.merge(root.eClass().getName(), 1, Integer::sum);
			for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
				counts.merge(all.next().eClass().getName(), 1, Integer::sum);
			}
		}
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		console.out().printf("%s: %d files, %d elements%n", workspace.folder(), workspace.models().size(), total); //$NON-NLS-1$
		counts.forEach((kind, count) -> console.out().printf("  %-24s %d%n", kind, count)); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
