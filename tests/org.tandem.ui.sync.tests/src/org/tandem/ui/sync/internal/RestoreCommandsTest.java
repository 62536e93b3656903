package org.tandem.ui.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.api.persistence.ModelFiles;
import org.tandem.core.api.workspace.ModelWorkspace;
import org.tandem.model.api.Partnership;
import org.tandem.model.api.Person;
import org.tandem.model.api.PlanItem;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage.Literals;
import org.tandem.testing.EditorHarness;
import org.tandem.ui.api.editing.ModelEditing;

/**
 * Restoring a whole file as an earlier version had it: what the file gains back and loses is one
 * undoable command, and an element it loses that another file refers to takes those references
 * with it (no dangling reference), and undo brings them back.
 */
class RestoreCommandsTest {

	private static final String PARTNERSHIP = "partnerships/rhein-neckar-urumqi.tandem"; //$NON-NLS-1$

	@TempDir
	Path folder;

	@Test
	void aRestoredFileTakesTheReferencesToWhatItLosesAlongAndUndoBringsThemBack() throws Exception {
		try (EditorHarness harness = new EditorHarness(folder, 600, 400)) {
			ModelWorkspace workspace = harness.workspace();
			ModelEditing editing = harness.editing();
			Resource before = new ModelFiles().load(ModelWorkspace.newResourceSet(), workspace.folder().resolve(PARTNERSHIP));

			Partnership partnership = (Partnership) workspace.models().stream()
					.filter(m -> m.getURI().equals(ModelFiles.uriOf(workspace.folder().resolve(PARTNERSHIP).toAbsolutePath().normalize())))
					.findFirst().orElseThrow().getContents().get(0);
			Person newcomer = TandemFactory.eINSTANCE.createPerson();
			newcomer.setNativeName("赵敏"); //$NON-NLS-1$
			newcomer.setLatinName("Zhao Min"); //$NON-NLS-1$
			EditingDomain own = editing.domainFor(partnership).orElseThrow();
			assertTrue(editing.execute(partnership, AddCommand.create(own, partnership, Literals.PARTNERSHIP__PEOPLE, newcomer)));
			PlanItem task = planItem(workspace);
			Command assign = SetCommand.create(editing.domainFor(task).orElseThrow(), task, Literals.PLAN_ITEM__RESPONSIBLE, newcomer);
			assertTrue(editing.execute(task, assign));
			editing.save((XMLResource) partnership.eResource());
			editing.save((XMLResource) task.eResource());

			new RestoreCommands(editing).file(PARTNERSHIP, before);

			assertNull(newcomer.eContainer(), "the person that the earlier version lacks is gone"); //$NON-NLS-1$
			assertNull(task.getResponsible(), "and the plan no longer refers to her"); //$NON-NLS-1$
			assertTrue(editing.isDirty(task.eResource()), "the plan's file counts as changed"); //$NON-NLS-1$
			assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(workspace.resources()));
			assertTrue(danglingIn(workspace).isEmpty(), danglingIn(workspace).toString());

			editing.stackFor(partnership).orElseThrow().undo();
			assertSame(partnership, newcomer.eContainer(), "one undo brings her back"); //$NON-NLS-1$
			assertSame(newcomer, task.getResponsible(), "with the plan's reference"); //$NON-NLS-1$
		}
	}

	private static PlanItem planItem(ModelWorkspace workspace) {
		for (XMLResource model : workspace.models()) {
			for (var all = model.getAllContents(); all.hasNext();) {
				if (all.next() instanceof PlanItem item) {
					return item;
				}
			}
		}
		throw new AssertionError("the demo has plan items"); //$NON-NLS-1$
	}

	/** References to elements that are in no resource. */
	private static java.util.List<String> danglingIn(ModelWorkspace workspace) {
		java.util.List<String> dangling = new java.util.ArrayList<>();
		for (XMLResource model : workspace.models()) {
			for (var all = model.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				for (EStructuralFeature feature : element.eClass().getEAllReferences()) {
					if (((org.eclipse.emf.ecore.EReference) feature).isContainment() || feature.isDerived()) {
						continue;
					}
					Object value = element.eGet(feature);
					for (Object target : value instanceof java.util.List<?> list ? list : java.util.Collections.singletonList(value)) {
						if (target instanceof EObject referred && referred.eResource() == null) {
							dangling.add(element + "." + feature.getName()); //$NON-NLS-1$
						}
					}
				}
			}
		}
		return dangling;
	}
}
