package org.tandem.ui.api.viewers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SWT tree over EMF.Edit item providers follows the model as it changes. */
class ItemProviderViewerTest {

	private Shell shell;
	private TreeViewer viewer;
	private ComposedAdapterFactory adapters;
	private EPackage energy;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		adapters = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		viewer = new TreeViewer(shell, SWT.BORDER);
		viewer.setContentProvider(new ItemProviderContentProvider(adapters));
		viewer.setLabelProvider(new ItemProviderLabelProvider(adapters, new ItemImages(viewer.getControl())));
		ViewerRefresher.attach(viewer, adapters);

		energy = EcoreFactory.eINSTANCE.createEPackage();
		energy.setName("Energieeffizienz");
		energy.getEClassifiers().add(eClass("Massnahme"));
		energy.getEClassifiers().add(eClass("指标"));
		Resource resource = new ResourceImpl(URI.createFileURI("/tmp/rhein-neckar.tandem"));
		resource.getContents().add(energy);
		viewer.setInput(resource);
		shell.setSize(400, 300);
		shell.open();
		viewer.expandAll();
		settle();
	}

	@AfterEach
	void close() {
		shell.dispose();
		adapters.dispose();
	}

	@Test
	void showsTheTreeWithTheItemProvidersLabelsAndIcons() {
		TreeItem root = viewer.getTree().getItem(0);
		assertTrue(root.getText().contains("Energieeffizienz"), root.getText());
		assertNotNull(root.getImage(), "item providers' icons are shown");
		assertEquals(List.of("Massnahme", "指标"), texts(root).stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)).toList());
	}

	@Test
	void followsAddsRemovesAndRenames() {
		energy.getEClassifiers().add(eClass("Wasser"));
		settle();
		TreeItem root = viewer.getTree().getItem(0);
		assertEquals(3, root.getItemCount(), texts(root).toString());

		energy.getEClassifiers().remove(0);
		settle();
		assertEquals(2, root.getItemCount(), texts(root).toString());

		((EClass) energy.getEClassifiers().get(0)).setName("Indikator");
		settle();
		assertTrue(root.getItem(0).getText().endsWith("Indikator"), root.getItem(0).getText());
	}

	@Test
	void changesFromAnotherThreadReachTheTree() throws InterruptedException {
		Thread worker = new Thread(() -> energy.getEClassifiers().add(eClass("Hintergrund")));
		worker.start();
		worker.join();
		settle();
		assertEquals(3, viewer.getTree().getItem(0).getItemCount());
	}

	private static EClass eClass(String name) {
		EClass eClass = EcoreFactory.eINSTANCE.createEClass();
		eClass.setName(name);
		return eClass;
	}

	private static List<String> texts(TreeItem parent) {
		return Arrays.stream(parent.getItems()).map(TreeItem::getText).toList();
	}

	private static void settle() {
		Display display = Display.getDefault();
		long end = System.nanoTime() + 1_000_000_000L;
		while (display.readAndDispatch() && System.nanoTime() < end) {
			// run what is queued, the refresher's asyncExec among it
		}
	}
}
