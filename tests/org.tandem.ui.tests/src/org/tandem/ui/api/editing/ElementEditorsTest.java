package org.tandem.ui.api.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Task;
import org.tandem.model.api.WorkPackage;

/**
 * Which editor opens an element: the descriptor tagged for its class, a supertype's, or its nearest
 * container's; looked up in a real application model with real part descriptors.
 */
class ElementEditorsTest {

	private final MApplication application = MApplicationFactory.INSTANCE.createApplication();
	private final ElementEditors editors = new ElementEditors(application, null, null);

	private final ImplementationPlan plan = TandemFactory.eINSTANCE.createImplementationPlan();
	private final WorkPackage workPackage = TandemFactory.eINSTANCE.createWorkPackage();
	private final Task task = TandemFactory.eINSTANCE.createTask();

	ElementEditorsTest() {
		plan.getItems().add(workPackage);
		workPackage.getChildren().add(task);
	}

	@Test
	void anElementWithoutAnEditorOpensInItsNearestContainersEditor() {
		MPartDescriptor planEditor = descriptor("plan.editor", "tandem.editor:ImplementationPlan");
		assertEquals(Optional.of(plan), editors.owner(task));
		assertEquals(Optional.of(plan), editors.owner(plan));
		assertEquals(Optional.of(planEditor), editors.descriptor(TandemPackage.Literals.IMPLEMENTATION_PLAN));
		assertTrue(editors.canOpen(task));

		descriptor("workpackage.editor", "tandem.editor:WorkPackage");
		assertEquals(Optional.of(workPackage), editors.owner(task), "the nearest container with an editor wins");
	}

	@Test
	void aDescriptorForASupertypeServesItsSubclasses() {
		MPartDescriptor items = descriptor("item.editor", "tandem.editor:PlanItem");
		assertEquals(Optional.of(items), editors.descriptor(TandemPackage.Literals.TASK));
		assertEquals(Optional.of((EObject) task), editors.owner(task));
		assertEquals(Optional.of((EObject) workPackage), editors.owner(workPackage));
		assertFalse(editors.canOpen(plan), "a plan is no plan item, and nothing contains it");
	}

	@Test
	void withoutATaggedDescriptorNothingOpens() {
		descriptor("other", "some.other.tag");
		Partnership partnership = TandemFactory.eINSTANCE.createPartnership();
		assertEquals(Optional.empty(), editors.owner(partnership));
		assertFalse(editors.canOpen(task));
		assertEquals(Optional.empty(), editors.open(task), "no part service needed when nothing can open");
	}

	private MPartDescriptor descriptor(String id, String tag) {
		MPartDescriptor descriptor = MBasicFactory.INSTANCE.createPartDescriptor();
		descriptor.setElementId(id);
		descriptor.getTags().add(tag);
		application.getDescriptors().add(descriptor);
		return descriptor;
	}
}
