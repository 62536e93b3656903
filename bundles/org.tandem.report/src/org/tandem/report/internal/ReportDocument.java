package org.tandem.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.emf.ecore.EObject;
import org.tandem.core.api.milestones.BaselineChoice;
import org.tandem.core.api.milestones.MilestoneOrder;
import org.tandem.core.api.milestones.MilestoneTracker;
import org.tandem.core.api.milestones.MilestoneTrend;
import org.tandem.core.api.milestones.TrackedMilestone;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.report.internal.ReportScope;
import org.tandem.report.internal.dashboard.MilestoneCounts;

/**
 * One status report, put together: title and date, the summary in figures, the milestone table
 * (by planned day, against each plan's latest baseline), the Gantt chart of each plan of the
 * scope, and the trend analysis of at most {@value #TREND_LINES} milestones (the most slipped).
 */
public final class ReportDocument {

	/** More lines than this make the trend chart unreadable. */
	static final int TREND_LINES = 12;

	private final List<EObject> roots;
	private final ReportScope scope;
	private final ReportTexts texts;
	private final LocalDate day;

	public ReportDocument(List<EObject> roots, ReportScope scope, Locale language, LocalDate day) {
		this.roots = roots;
		this.scope = scope;
		this.texts = new ReportTexts(language);
		this.day = day;
	}

	/** The milestones of the scope on the day, by planned day. */
	public List<TrackedMilestone> milestones() {
		List<TrackedMilestone> milestones = new ArrayList<>(
				new MilestoneTracker(roots).track(day, BaselineChoice.latestOfEachPlan()).stream().filter(scope.filter()).toList());
		milestones.sort(MilestoneOrder.DATE);
		return milestones;
	}

	/** Writes the whole report. */
	public void write(OutputStream out) throws IOException {
		write(out, true);
	}

	/** Writes the report, without the Gantt and trend charts when {@code charts} is false. */
	public void write(OutputStream out, boolean charts) throws IOException {
		List<TrackedMilestone> milestones = milestones();
		try (PDDocument document = new PDDocument()) {
			String title = texts.get("title", texts.text(scope.name())); //$NON-NLS-1$
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(title);
			information.setCreator("Tandem"); //$NON-NLS-1$
			try (PdfCanvas canvas = new PdfCanvas(document, new ReportFont(document))) {
				canvas.text(PdfCanvas.MARGIN, canvas.cursor() + 18, 18, MilestoneTable.TEXT, title, PdfCanvas.CONTENT_WIDTH);
				canvas.advance(26);
				canvas.paragraph(9, MilestoneTable.MUTED, texts.get("subtitle", texts.date(day))); //$NON-NLS-1$
				canvas.advance(8);
				heading(canvas, texts.get("summary")); //$NON-NLS-1$
				canvas.paragraph(10, MilestoneTable.TEXT, summary(milestones));
				canvas.advance(8);
				heading(canvas, texts.get("milestones")); //$NON-NLS-1$
				MilestoneTable.draw(canvas, texts, milestones);
				if (charts) {
					charts(canvas, milestones);
				}
			}
			document.save(out);
		}
	}

	private void charts(PdfCanvas canvas, List<TrackedMilestone> milestones) throws IOException {
		GanttDrawing gantt = new GanttDrawing(canvas, texts, day);
		for (ImplementationPlan plan : scope.plans()) {
			gantt.draw(plan);
		}
		List<TrackedMilestone> mostSlipped = milestones.stream().sorted(Comparator.comparing(t -> t, MilestoneOrder.SLIP)).limit(TREND_LINES)
				.toList();
		new TrendDrawing(canvas, texts).draw(mostSlipped.stream().map(t -> MilestoneTrend.of(t.milestone(), day)).toList(),
				milestones.size() - mostSlipped.size());
	}

	private static void heading(PdfCanvas canvas, String text) throws IOException {
		canvas.room(40);
		canvas.text(PdfCanvas.MARGIN, canvas.cursor() + 13, 13, MilestoneTable.TEXT, text, 0);
		canvas.advance(20);
	}

	private String summary(List<TrackedMilestone> milestones) {
		MilestoneCounts counts = MilestoneCounts.of(milestones);
		return texts.get("summaryText", counts.total(), counts.done(), counts.overdue(), counts.dueWithin30(), counts.slipped(), counts.red(), //$NON-NLS-1$
				counts.amber(), counts.green());
	}
}
