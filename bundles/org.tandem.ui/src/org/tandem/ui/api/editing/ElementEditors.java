package org.tandem.ui.api.editing;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jakarta.inject.Inject;

/**
 * Opens the editor of an element: the part whose descriptor is tagged for the element's class, or,
 * when there is none, for the class of the nearest container that has one (a task opens the plan
 * editor, showing the task). An element already open is brought to the front, never opened twice.
 *
 * @since 0.1
 */
public class ElementEditors {

	private final MApplication application;
	private final EModelService models;
	private final EPartService parts;

	@Inject
	public ElementEditors(MApplication application, EModelService models, EPartService parts) {
		this.application = application;
		this.models = models;
		this.parts = parts;
	}

	/** Whether some editor can show {@code element}. */
	public boolean canOpen(EObject element) {
		return owner(element).isPresent();
	}

	/**
	 * Opens (or brings to the front) the editor for {@code element} and shows the element in it;
	 * returns that part, or nothing when no editor can show the element.
	 */
	public Optional<MPart> open(EObject element) {
		Optional<EObject> owner = owner(element);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		MPart part = openPart(owner.get()).orElseGet(() -> create(owner.get()));
		parts.showPart(part, PartState.ACTIVATE);
		if (element != owner.get() && part.getObject() instanceof ElementEditor editor) {
			editor.reveal(element);
		}
		return Optional.of(part);
	}

	/** The open editor part of {@code element}, if any. */
	public Optional<MPart> openPart(EObject element) {
		return models.findElements(application, null, MPart.class, List.of()).stream()
				.filter(part -> part.getTransientData().get(EditorInput.ELEMENT) == element).findFirst();
	}

	/** Closes the editors of {@code element} and of the elements inside it (before they go away). */
	public void close(EObject element) {
		for (MPart part : models.findElements(application, null, MPart.class, List.of())) {
			if (part.getTransientData().get(EditorInput.ELEMENT) instanceof EObject shown && EcoreUtil.isAncestor(element, shown)) {
				parts.hidePart(part, true);
			}
		}
	}

	private MPart create(EObject element) {
		MPart part = parts.createPart(descriptor(element.eClass()).orElseThrow().getElementId());
		EditorInput.set(part, element);
		if (models.find(EditorInput.EDITOR_STACK, application) instanceof MPartStack stack) {
			stack.getChildren().add(part);
		}
		return part;
	}

	/** The element whose editor shows {@code element}: itself or its nearest container that has an editor. */
	Optional<EObject> owner(EObject element) {
		for (EObject candidate = element; candidate != null; candidate = candidate.eContainer()) {
			if (descriptor(candidate.eClass()).isPresent()) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The editor descriptor tagged for {@code type} or, failing that, for its nearest supertype. */
	Optional<MPartDescriptor> descriptor(EClass type) {
		Optional<MPartDescriptor> own = tagged(EditorInput.tagFor(type));
		if (own.isPresent()) {
			return own;
		}
		for (EClass supertype : type.getESuperTypes()) {
			Optional<MPartDescriptor> inherited = descriptor(supertype);
			if (inherited.isPresent()) {
				return inherited;
			}
		}
		return Optional.empty();
	}

	private Optional<MPartDescriptor> tagged(String tag) {
		return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag)).findFirst();
	}
}
