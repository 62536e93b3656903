package org.tandem.ui.concept.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tandem.core.api.edit.TextCommands;
import org.tandem.model.api.Comment;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Measure;
import org.tandem.model.api.StatusChange;
import org.tandem.model.api.TandemPackage;
import org.tandem.ui.api.editing.EditorInput;
import org.tandem.ui.api.editing.EditorTab;
import org.tandem.ui.api.editing.ElementEditor;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.concept.internal.text.Glossary;
import org.tandem.ui.concept.internal.text.Languages;
import org.tandem.ui.concept.internal.text.MultilingualText;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The concept editor: title, problem, objectives, proposed measures and expected impact, each in
 * the languages the reader chose side by side, then the review (status, who acts, submit, approve
 * or send back, history) and the comments. Every change is an undoable command on the concept's
 * model file; the editor follows the model, so undo and redo show at once.
 */
public class ConceptEditorPart implements ElementEditor {

	@Inject
	private MPart part;

	@Inject
	private ModelEditing editing;

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private ESelectionService selection;

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private Clock clock;

	private Concept concept;
	private EditorTab tab;
	private ConceptPreferences preferences;
	private ScrolledComposite scrolled;
	private Composite content;
	private FieldSet fields;
	private LanguageBar languages;
	private final Map<EReference, MultilingualText> sections = new LinkedHashMap<>();
	private MeasuresSection measures;
	private ReviewSection review;
	private CommentsSection comments;
	private boolean refreshQueued;
	private final EContentAdapter follower = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				queueRefresh();
			}
		}
	};

	@PostConstruct
	void create(Composite parent) {
		concept = (Concept) EditorInput.of(part);
		preferences = ConceptPreferences.ofWorkspace();
		Clock time = clock == null ? Clock.systemUTC() : clock;
		tab = EditorTab.bind(part, editing, element -> title());
		parent.setLayout(new FillLayout());
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		content = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 10).spacing(0, 4).applyTo(content);
		scrolled.setContent(content);
		scrolled.addListener(SWT.Resize, e -> relayout());
		fields = new FieldSet(editing, Glossary.of(concept), preferences.languages(), this::focused, this::relayout);
		languages = new LanguageBar(content, fields.languages(), this::chooseLanguages);
		section(TandemPackage.Literals.CONCEPT__TITLE);
		section(TandemPackage.Literals.CONCEPT__PROBLEM);
		section(TandemPackage.Literals.CONCEPT__OBJECTIVES);
		measures = new MeasuresSection(content, concept, editing, fields, () -> comments.commentOn(TandemPackage.Literals.CONCEPT__MEASURES.getName()));
		section(TandemPackage.Literals.CONCEPT__EXPECTED_IMPACT);
		review = new ReviewSection(content, concept, editing, preferences, time);
		comments = new CommentsSection(content, concept, editing, review::acting, time);
		concept.eAdapters().add(follower);
		relayout();
	}

	private void section(EReference feature) {
		Sections.header(content, feature.getName(), () -> comments.commentOn(feature.getName()));
		sections.put(feature, fields.create(content, concept, feature, Sections.label(feature.getName())));
	}

	private String title() {
		String title = TextCommands.text(concept, TandemPackage.Literals.CONCEPT__TITLE, Languages.reader());
		return title.isBlank() ? Messages.concept_untitled : title;
	}

	private void chooseLanguages(List<String> chosen) {
		preferences.setLanguages(chosen);
		fields.setLanguages(chosen);
		relayout();
	}

	/** Lays the content out again for the width of the view, and lets it scroll as far as it is high. */
	void relayout() {
		if (content == null || content.isDisposed()) {
			return;
		}
		int width = Math.max(scrolled.getClientArea().width, 640);
		Point size = content.computeSize(width, SWT.DEFAULT, true);
		scrolled.setMinSize(width, size.y);
		content.layout(true, true);
	}

	private void focused(EObject element) {
		select(element instanceof Measure ? element : concept);
	}

	private void select(Object element) {
		if (selection != null) {
			selection.setSelection(element);
		}
	}

	private void queueRefresh() {
		if (!refreshQueued && content != null && !content.isDisposed()) {
			refreshQueued = true;
			content.getDisplay().asyncExec(this::refresh);
		}
	}

	/** Shows the model again: after undo, redo, or an edit made elsewhere. */
	void refresh() {
		refreshQueued = false;
		if (content.isDisposed()) {
			return;
		}
		measures.refresh();
		fields.refresh();
		review.refresh();
		comments.refresh();
		relayout();
	}

	@Focus
	void focus() {
		select(concept);
		sections.get(TandemPackage.Literals.CONCEPT__TITLE).getText(fields.languages().get(0)).setFocus();
	}

	@Override
	public void reveal(EObject element) {
		Control target = null;
		if (element instanceof Measure measure) {
			target = measures.blockOf(measure).map(MeasuresSection.Block::control).orElse(null);
			measures.blockOf(measure).ifPresent(block -> block.name().getText(fields.languages().get(0)).setFocus());
		} else if (element instanceof Comment comment) {
			target = comments.rowOf(comment).orElse(null);
		} else if (element instanceof StatusChange) {
			target = review.history();
		}
		if (target != null) {
			scrolled.showControl(target);
			select(element);
		}
	}

	private Optional<CommandStack> stack() {
		return editing.stackFor(concept);
	}

	boolean canUndo() {
		return fields.pending() || stack().map(CommandStack::canUndo).orElse(false);
	}

	/** Writes what is being typed, then undoes the last edit of the concept's model file. */
	void undo() {
		fields.commit();
		stack().filter(CommandStack::canUndo).ifPresent(CommandStack::undo);
		refresh();
	}

	boolean canRedo() {
		return !fields.pending() && stack().map(CommandStack::canRedo).orElse(false);
	}

	void redo() {
		stack().filter(CommandStack::canRedo).ifPresent(CommandStack::redo);
		refresh();
	}

	boolean canSave() {
		return fields.pending() || (concept.eResource() != null && editing.isDirty(concept.eResource()));
	}

	/** Writes what is being typed and saves the concept's model file; a file that cannot be written is named in a message. */
	@Persist
	void save() {
		fields.commit();
		try {
			tab.save();
		} catch (IOException e) {
			MessageDialog.openError(content.getShell(), Messages.save_failed_title,
					NLS.bind(Messages.save_failed, concept.eResource().getURI().toFileString(), e.getMessage()));
		}
	}

	@PreDestroy
	void dispose() {
		concept.eAdapters().remove(follower);
		tab.dispose();
	}

	// ------------------------------------------------------------------ for tests

	Concept concept() {
		return concept;
	}

	MultilingualText field(EReference feature) {
		return sections.get(feature);
	}

	FieldSet fields() {
		return fields;
	}

	LanguageBar languageBar() {
		return languages;
	}

	MeasuresSection measures() {
		return measures;
	}

	ReviewSection review() {
		return review;
	}

	CommentsSection comments() {
		return comments;
	}

	ScrolledComposite scrolled() {
		return scrolled;
	}
}
