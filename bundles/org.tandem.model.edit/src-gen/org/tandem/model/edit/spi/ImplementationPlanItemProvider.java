/**
 */
package org.tandem.model.edit.spi;

import org.tandem.model.edit.internal.Labels;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.tandem.model.api.ImplementationPlan;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/**
 * This is the item provider adapter for a {@link org.tandem.model.api.ImplementationPlan} object.
 * <!-- begin-user-doc -->
 * @since 0.1
 * <!-- end-user-doc -->
 * @generated
 */
public class ImplementationPlanItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationPlanItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addTaskGroupPropertyDescriptor(object);
			addStartPropertyDescriptor(object);
			addFinishPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_name_feature", "_UI_ImplementationPlan_type"),
				 TandemPackage.Literals.IMPLEMENTATION_PLAN__NAME,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Task Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_taskGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_taskGroup_feature", "_UI_ImplementationPlan_type"),
				 TandemPackage.Literals.IMPLEMENTATION_PLAN__TASK_GROUP,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_start_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_start_feature", "_UI_ImplementationPlan_type"),
				 TandemPackage.Literals.IMPLEMENTATION_PLAN__START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ImplementationPlan_finish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ImplementationPlan_finish_feature", "_UI_ImplementationPlan_type"),
				 TandemPackage.Literals.IMPLEMENTATION_PLAN__FINISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__ITEMS);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__BASELINES);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__FUNDING_SOURCES);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__BUDGET_ITEMS);
			childrenFeatures.add(TandemPackage.Literals.IMPLEMENTATION_PLAN__RISKS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ImplementationPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ImplementationPlan"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return Labels.of(((ImplementationPlan)object).getName(), getString("_UI_ImplementationPlan_type"));
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ImplementationPlan.class)) {
			case TandemPackage.IMPLEMENTATION_PLAN__NAME:
			case TandemPackage.IMPLEMENTATION_PLAN__START:
			case TandemPackage.IMPLEMENTATION_PLAN__FINISH:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TandemPackage.IMPLEMENTATION_PLAN__ITEMS:
			case TandemPackage.IMPLEMENTATION_PLAN__DEPENDENCIES:
			case TandemPackage.IMPLEMENTATION_PLAN__BASELINES:
			case TandemPackage.IMPLEMENTATION_PLAN__FUNDING_SOURCES:
			case TandemPackage.IMPLEMENTATION_PLAN__BUDGET_ITEMS:
			case TandemPackage.IMPLEMENTATION_PLAN__RISKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__ITEMS,
				 TandemFactory.eINSTANCE.createWorkPackage()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__ITEMS,
				 TandemFactory.eINSTANCE.createTask()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__ITEMS,
				 TandemFactory.eINSTANCE.createMilestone()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__DEPENDENCIES,
				 TandemFactory.eINSTANCE.createDependency()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__BASELINES,
				 TandemFactory.eINSTANCE.createBaseline()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__FUNDING_SOURCES,
				 TandemFactory.eINSTANCE.createFundingSource()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__BUDGET_ITEMS,
				 TandemFactory.eINSTANCE.createBudgetItem()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.IMPLEMENTATION_PLAN__RISKS,
				 TandemFactory.eINSTANCE.createRisk()));
	}

}
