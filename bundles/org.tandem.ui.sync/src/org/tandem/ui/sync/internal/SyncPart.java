package org.tandem.ui.sync.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tandem.sync.api.git.GitWorkspace;
import org.tandem.sync.api.git.PendingConflict;
import org.tandem.sync.api.git.SyncException;
import org.tandem.ui.api.editing.ElementEditors;
import org.tandem.ui.api.editing.ModelEditing;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Sync part: the conflicts that the last sync left for a person, one card each, decided with
 * Keep mine, Take theirs or Edit (each an undoable command). While one is open nothing is
 * committed; when all are decided, Commit the merge saves the files, marks the conflicts decided
 * and commits the merge with both parents, so that the next Sync sends it.
 */
public class SyncPart {

	/** The id of the part (descriptor) in the application model. */
	public static final String ID = "org.tandem.ui.sync.part.sync"; //$NON-NLS-1$

	/** A key of the application context that is set anew after every sync: the part reads the conflicts again. */
	public static final String REFRESH = "org.tandem.ui.sync.refresh"; //$NON-NLS-1$

	private Label summary;
	private ScrolledComposite scroller;
	private Composite cards;
	private Button commit;
	private ModelEditing editing;
	private final List<ConflictCard> shown = new ArrayList<>();

	@Inject
	@Optional
	private ElementEditors editors;

	@Inject
	@Optional
	private IEventBroker events;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		cards = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(cards);
		scroller.setContent(cards);
		scroller.addListener(SWT.Resize, e -> resize());
		commit = new Button(parent, SWT.PUSH);
		commit.setText(Messages.part_commit);
		commit.addListener(SWT.Selection, e -> commit());
		refresh();
	}

	@Inject
	@Optional
	void editing(ModelEditing editing) {
		this.editing = editing;
		refresh();
	}

	@Inject
	@Optional
	void synced(@Named(REFRESH) Long stamp) {
		refresh();
	}

	/** Reads the waiting conflicts again and shows one card each. */
	void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		shown.forEach(card -> card.control().dispose());
		shown.clear();
		for (Control left : cards.getChildren()) {
			left.dispose();
		}
		List<String> lines = List.of();
		if (editing != null && Files.isDirectory(editing.workspace().folder().resolve(".git"))) { //$NON-NLS-1$
			try (GitWorkspace workspace = GitWorkspace.open(editing.workspace().folder())) {
				lines = workspace.pendingConflicts();
				if (!lines.isEmpty()) {
					ConflictCommands commands = new ConflictCommands(editing);
					for (PendingConflict pending : workspace.pendingConflictDetails()) {
						shown.add(new ConflictCard(cards, pending, ConflictCommands.canTakeTheirs(pending.conflict()),
								commands.canEdit(pending.conflict()), decisions(commands)));
					}
				}
			} catch (SyncException e) {
				summary.setText(e.getMessage());
			}
		}
		if (shown.isEmpty()) {
			for (String line : lines) {
				Label plain = new Label(cards, SWT.WRAP);
				plain.setText(line);
				GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(plain);
			}
		}
		update(lines.size());
	}

	private void update(int waiting) {
		long open = shown.stream().filter(card -> !card.isDecided()).count();
		summary.setText(waiting == 0 ? Messages.part_none : NLS.bind(Messages.part_summary, shown.size(), open));
		commit.setEnabled(waiting > 0 && open == 0);
		resize();
	}

	private void resize() {
		cards.layout(true, true);
		scroller.setMinSize(cards.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	private ConflictCard.Decisions decisions(ConflictCommands commands) {
		return new ConflictCard.Decisions() {
			@Override
			public void keepMine(ConflictCard card) {
				decided(card, Messages.decided_mine);
			}

			@Override
			public void takeTheirs(ConflictCard card) {
				PendingConflict pending = card.pending();
				try (GitWorkspace workspace = GitWorkspace.open(editing.workspace().folder())) {
					byte[] theirs = workspace.theirVersion(pending.path()).orElseThrow(() -> new IOException(pending.path()));
					Path scratch = workspace.folder().resolve(".metadata").resolve("sync").resolve("scratch"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					if (commands.takeTheirs(pending.conflict(), theirs, scratch)) {
						decided(card, Messages.decided_theirs);
					}
				} catch (SyncException | IOException e) {
					summary.setText(NLS.bind(Messages.part_failed, e.getMessage()));
				}
			}

			@Override
			public String apply(ConflictCard card, String typed) {
				try {
					if (commands.set(card.pending().conflict(), typed)) {
						decided(card, NLS.bind(Messages.decided_edited, typed));
					}
					return null;
				} catch (IllegalArgumentException e) {
					return e.getMessage();
				}
			}

			@Override
			public void open(ConflictCard card) {
				commands.element(card.pending().conflict()).ifPresent(element -> {
					if (editors != null) {
						editors.open(element);
					}
					decided(card, Messages.decided_opened);
				});
			}
		};
	}

	private void decided(ConflictCard card, String how) {
		card.decided(how);
		update(shown.size());
	}

	/** Saves every file, marks the conflicts decided and commits the merge; only when none is open. */
	void commit() {
		if (shown.stream().anyMatch(card -> !card.isDecided())) {
			return;
		}
		editing.commitPending();
		try (GitWorkspace workspace = GitWorkspace.open(editing.workspace().folder())) {
			for (XMLResource model : editing.dirty()) {
				editing.save(model);
			}
			workspace.markDecided();
			workspace.commitSaved(workspace.configuredAuthor());
			if (events != null) {
				events.post(SyncRunner.STATUS_TOPIC, Messages.part_committed);
			}
		} catch (SyncException | IOException e) {
			summary.setText(NLS.bind(Messages.part_failed, e.getMessage()));
			return;
		}
		refresh();
	}
}
