package org.tandem.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.report.internal.dashboard.DashboardPage;
import org.tandem.report.internal.dashboard.PartnershipDashboard;

/**
 * {@code dashboard DIR --out FILE.html --lang de|zh|en [--partnership ID] [--date YYYY-MM-DD]}: the
 * dashboard of a partnership as a self-contained HTML page, written atomically; without
 * {@code --partnership} that of the workspace's first partnership, naming the others' ids.
 */
final class DashboardCommand extends WorkspaceCommand {

	DashboardCommand() {
		super("dashboard", "DIR --out FILE.html --lang de|zh|en [--partnership ID] [--date YYYY-MM-DD]", //$NON-NLS-1$ //$NON-NLS-2$
				"write a partnership's dashboard (milestones, indicators, activities) as a self-contained HTML page", //$NON-NLS-1$
				Set.of("out", "lang", "partnership", "date")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	int run(ModelWorkspace workspace, Arguments arguments, Console console) throws IOException {
		Path out = Path.of(arguments.required("out")).toAbsolutePath(); //$NON-NLS-1$
		String language = arguments.choice("lang", "en", Set.of("de", "zh", "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		LocalDate day = arguments.day("date"); //$NON-NLS-1$
		Partnership partnership = partnership(workspace, arguments.option("partnership", null), console); //$NON-NLS-1$
		new DashboardPage(Locale.forLanguageTag(language)).write(PartnershipDashboard.of(workspace.roots(), partnership, day), out);
		console.err().printf("wrote %s%n", out); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static Partnership partnership(ModelWorkspace workspace, String id, Console console) {
		List<Partnership> all = PartnershipDashboard.partnerships(workspace.roots());
		if (id != null) {
			return PartnershipDashboard.find(workspace.roots(), id).orElseThrow(() -> new UsageException(
					"--partnership: the workspace has no partnership with id " + id + "; its partnerships:" + ids(all))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (all.isEmpty()) {
			throw new UsageException("the workspace has no partnership"); //$NON-NLS-1$
		}
		if (all.size() > 1) {
			console.err().println("the dashboard of the first partnership; choose another with --partnership ID:" + ids(all)); //$NON-NLS-1$
		}
		return all.get(0);
	}

	private static String ids(List<Partnership> partnerships) {
		StringBuilder list = new StringBuilder();
		for (Partnership partnership : partnerships) {
			String name = partnership.getName() == null ? "" : partnership.getName().getTextOrOriginal("en"); //$NON-NLS-1$ //$NON-NLS-2$
			list.append(System.lineSeparator()).append("  ").append(partnership.getId()).append("  ").append(name); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return list.toString();
	}
}
