package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.report.internal.ReportScope;
import org.tandem.report.internal.StatusReport;

/**
 * {@code report DIR --scope ID --lang de|zh|en --out FILE.pdf [--date YYYY-MM-DD]}: the PDF status
 * report of the partnership or task group with that id, as it stands today (or on the date given),
 * written atomically.
 */
final class ReportCommand extends WorkspaceCommand {

	ReportCommand() {
		super("report", "DIR --scope ID --lang de|zh|en --out FILE.pdf [--date YYYY-MM-DD]", //$NON-NLS-1$ //$NON-NLS-2$
				"write the PDF status report of the partnership or task group ID (milestones, Gantt and trend charts)", //$NON-NLS-1$
				Set.of("scope", "lang", "out", "date")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	int run(ModelWorkspace workspace, Arguments arguments, Console console) throws IOException {
		String id = arguments.required("scope"); //$NON-NLS-1$
		String language = arguments.choice("lang", "en", Set.of("de", "zh", "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Path out = Path.of(arguments.required("out")).toAbsolutePath(); //$NON-NLS-1$
		LocalDate day = arguments.day("date"); //$NON-NLS-1$
		ReportScope scope = ReportScope.find(workspace.roots(), id).orElseThrow(() -> new UsageException(
				"--scope: the workspace has no partnership or task group with id " + id + "; its partnerships and task groups:" //$NON-NLS-1$ //$NON-NLS-2$
						+ ids(workspace)));
		new StatusReport(workspace.roots()).write(scope, Locale.forLanguageTag(language), day, out);
		console.err().printf("wrote %s%n", out); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static String ids(ModelWorkspace workspace) {
		StringBuilder list = new StringBuilder();
		for (ReportScope scope : ReportScope.all(workspace.roots())) {
			String name = scope.name() == null ? "" : scope.name().getTextOrOriginal("en"); //$NON-NLS-1$ //$NON-NLS-2$
			list.append(System.lineSeparator()).append("  ").append(scope.id()).append("  ").append(name); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return list.toString();
	}
}
