package org.tandem.ui.concept.internal;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tandem.model.api.Comment;
import org.tandem.model.api.Concept;
import org.tandem.model.api.Person;
import org.tandem.ui.api.editing.ModelEditing;
import org.tandem.ui.concept.internal.text.Languages;

/**
 * The review comments on a concept: each with its section, author and time, and a box to mark it
 * resolved; below them a field to write a new comment on a chosen section.
 */
final class CommentsSection {

	private final Concept concept;
	private final ModelEditing editing;
	private final Supplier<Optional<Person>> acting;
	private final Clock clock;
	private final Composite list;
	private final Combo section;
	private final Text text;
	private final Label message;
	private final Map<Comment, Composite> rows = new IdentityHashMap<>();

	CommentsSection(Composite parent, Concept concept, ModelEditing editing, Supplier<Optional<Person>> acting, Clock clock) {
		this.concept = concept;
		this.editing = editing;
		this.acting = acting;
		this.clock = clock;
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.comments_title);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().indent(0, 12).applyTo(title);
		list = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(list);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
		Composite composer = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(composer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composer);
		section = new Combo(composer, SWT.READ_ONLY);
		Sections.ALL.forEach(s -> section.add(Sections.label(s)));
		section.select(1);
		section.setToolTipText(Messages.comment_section_tooltip);
		text = new Text(composer, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		text.setMessage(Messages.comment_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(0, 48).applyTo(text);
		Button add = new Button(composer, SWT.PUSH);
		add.setText(Messages.comment_add);
		add.addListener(SWT.Selection, e -> add());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(add);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(0, SWT.DEFAULT).applyTo(message);
		refresh();
	}

	/** Prepares a comment on {@code sectionName}: chooses it and puts the cursor into the comment field. */
	void commentOn(String sectionName) {
		section.select(Math.max(0, Sections.ALL.indexOf(sectionName)));
		text.setFocus();
	}

	/** Adds the comment written, by the person acting, in the reader's language; says what is missing instead. */
	boolean add() {
		Optional<Person> author = acting.get();
		if (author.isEmpty()) {
			return complain(Messages.review_missing_acting);
		}
		if (text.getText().isBlank()) {
			text.setFocus();
			return complain(Messages.comment_missing_text);
		}
		String chosen = Sections.ALL.get(Math.max(0, section.getSelectionIndex()));
		editing.execute(concept, ReviewCommands.comment(concept, author.get(), clock.instant(), chosen, Languages.reader(), text.getText()));
		text.setText(""); //$NON-NLS-1$
		message.setText(""); //$NON-NLS-1$
		refresh();
		return true;
	}

	private boolean complain(String text) {
		message.setText(text);
		message.getParent().layout(true, true);
		return false;
	}

	void refresh() {
		rows.values().forEach(Control::dispose);
		rows.clear();
		for (Comment comment : concept.getComments()) {
			rows.put(comment, row(comment));
		}
		list.getParent().layout(true, true);
	}

	private Composite row(Comment comment) {
		Composite row = new Composite(list, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		Label header = new Label(row, SWT.NONE);
		header.setText(NLS.bind(Messages.comment_header, new Object[] { Sections.label(comment.getSection()), People.name(comment.getAuthor()),
				People.time(comment.getCreated()) }));
		header.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		Button resolved = new Button(row, SWT.CHECK);
		resolved.setText(Messages.comment_resolved);
		resolved.setSelection(comment.isResolved());
		resolved.addListener(SWT.Selection, e -> {
			editing.execute(comment, ReviewCommands.resolve(comment, resolved.getSelection()));
			refresh();
		});
		Label body = new Label(row, SWT.WRAP);
		body.setText(comment.getText() == null ? "" : comment.getText()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(0, SWT.DEFAULT).applyTo(body);
		for (Comment reply : comment.getReplies()) {
			Label line = new Label(row, SWT.WRAP);
			line.setText(NLS.bind(Messages.comment_reply, People.name(reply.getAuthor()), reply.getText()));
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(16, 0).hint(0, SWT.DEFAULT).applyTo(line);
		}
		return row;
	}

	/** The row of {@code comment} (or of the comment it replies to), if shown. */
	Optional<Control> rowOf(Comment comment) {
		for (Object c = comment; c instanceof Comment candidate; c = candidate.eContainer()) {
			if (rows.containsKey(candidate)) {
				return Optional.of(rows.get(candidate));
			}
		}
		return Optional.empty();
	}

	Combo sectionField() {
		return section;
	}

	Text textField() {
		return text;
	}

	Label message() {
		return message;
	}

	Composite list() {
		return list;
	}
}
