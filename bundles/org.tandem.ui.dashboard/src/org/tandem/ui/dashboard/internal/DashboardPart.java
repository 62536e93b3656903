package org.tandem.ui.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.report.internal.dashboard.DashboardTexts;
import org.tandem.report.internal.dashboard.PartnershipDashboard;
import org.tandem.ui.api.editing.AfterEdits;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A partnership's dashboard: milestone counts and traffic lights, the overdue and next milestones,
 * indicator progress per region and the latest activities, as of today (the injected
 * {@link Clock}'s day, else the system's). A bar on top switches the partnership and exports the
 * dashboard as an HTML page in German, Chinese or English. It follows every edit.
 */
public class DashboardPart {

	/** The id of the part descriptor. */
	public static final String ID = "org.tandem.ui.dashboard.part"; //$NON-NLS-1$
	static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.CHINESE, Locale.ENGLISH);

	private final AfterEdits edits = new AfterEdits(this::refresh);
	private final DashboardTexts texts = new DashboardTexts(Locale.getDefault());

	@Inject
	private MPart part;

	@Inject
	@Optional
	private Clock clock;

	private ModelWorkspace workspace;
	private Combo partnerships;
	private Label asOf;
	private Combo language;
	private Button export;
	private ScrolledComposite scroll;
	private Composite content;
	private List<Partnership> offered = List.of();
	private PartnershipDashboard shown;
	private MilestoneView milestones;
	private IndicatorView indicators;
	private ActivityView activities;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.partnership);
		partnerships = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(400, SWT.DEFAULT).applyTo(partnerships);
		partnerships.addListener(SWT.Selection, e -> show(offered.get(partnerships.getSelectionIndex())));
		asOf = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(asOf);
		new Label(bar, SWT.NONE).setText(Messages.export_language);
		language = new Combo(bar, SWT.READ_ONLY);
		language.setItems(Messages.language_de, Messages.language_zh, Messages.language_en);
		int own = LANGUAGES.stream().map(Locale::getLanguage).toList().indexOf(Locale.getDefault().getLanguage());
		language.select(own < 0 ? 2 : own);
		export = new Button(bar, SWT.PUSH);
		export.setText(Messages.export);
		export.addListener(SWT.Selection, e -> HtmlExport.ask(export.getShell(), shown, exportLanguage()));
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> fit());
		refresh();
	}

	/** The workspace, once it is loaded. */
	@Inject
	@Optional
	void workspace(ModelWorkspace workspace) {
		this.workspace = workspace;
		refresh();
	}

	/** The edits of the workspace, after each of which the dashboard is made anew. */
	@Inject
	@Optional
	void editing(ModelEditing editing) {
		edits.follow(editing);
		refresh();
	}

	/** Shows the dashboard of {@code partnership}. */
	void show(Partnership partnership) {
		EditorInput.set(part, partnership);
		refresh();
	}

	LocalDate today() {
		return LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock);
	}

	Locale exportLanguage() {
		return LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
	}

	/** Makes the dashboard of the part's partnership (else the workspace's first) anew. */
	void refresh() {
		if (scroll == null || scroll.isDisposed() || workspace == null) {
			return;
		}
		offered = PartnershipDashboard.partnerships(workspace.roots());
		partnerships.setItems(offered.stream().map(p -> texts.text(p.getName())).toArray(String[]::new));
		Partnership partnership = EditorInput.of(part) instanceof Partnership p && offered.contains(p) ? p : offered.isEmpty() ? null : offered.get(0);
		scroll.setRedraw(false);
		try {
			if (content != null) {
				content.dispose();
			}
			content = new Composite(scroll, SWT.NONE);
			GridLayoutFactory.swtDefaults().margins(12, 8).spacing(6, 4).applyTo(content);
			scroll.setContent(content);
			if (partnership == null) {
				shown = null;
				Widgets.note(content, Messages.noPartnership);
			} else {
				partnerships.select(offered.indexOf(partnership));
				shown = PartnershipDashboard.of(workspace.roots(), partnership, today());
				milestones = new MilestoneView(content, shown, texts);
				indicators = new IndicatorView(content, shown, texts);
				activities = new ActivityView(content, shown, texts);
				part.setLabel(NLS.bind(Messages.part_title, texts.text(partnership.getName())));
			}
			asOf.setText(NLS.bind(Messages.asOf, texts.date(today())));
			export.setEnabled(shown != null);
			fit();
		} finally {
			scroll.setRedraw(true);
		}
	}

	private void fit() {
		if (content != null && !content.isDisposed()) {
			int width = Math.max(scroll.getClientArea().width, 640);
			scroll.setMinSize(content.computeSize(width, SWT.DEFAULT));
			content.layout(true, true);
		}
	}

	@PreDestroy
	void dispose() {
		edits.stop();
	}

	PartnershipDashboard shown() {
		return shown;
	}

	Combo partnerships() {
		return partnerships;
	}

	Combo language() {
		return language;
	}

	Button exportButton() {
		return export;
	}

	MilestoneView milestones() {
		return milestones;
	}

	IndicatorView indicators() {
		return indicators;
	}

	ActivityView activities() {
		return activities;
	}

	Control content() {
		return content;
	}
}
