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

import org.tandem.model.api.Partnership;
import org.tandem.model.api.TandemFactory;
import org.tandem.model.api.TandemPackage;

/**
 * This is the item provider adapter for a {@link org.tandem.model.api.Partnership} object.
 * <!-- begin-user-doc -->
 * @since 0.1
 * <!-- end-user-doc -->
 * @generated
 */
public class PartnershipItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipItemProvider(AdapterFactory adapterFactory) {
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
			addDescriptionPropertyDescriptor(object);
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
				 getString("_UI_Partnership_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Partnership_name_feature", "_UI_Partnership_type"),
				 TandemPackage.Literals.PARTNERSHIP__NAME,
				 false,
				 false,
				 false,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Partnership_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Partnership_description_feature", "_UI_Partnership_type"),
				 TandemPackage.Literals.PARTNERSHIP__DESCRIPTION,
				 false,
				 false,
				 false,
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
				 getString("_UI_Partnership_start_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Partnership_start_feature", "_UI_Partnership_type"),
				 TandemPackage.Literals.PARTNERSHIP__START,
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
				 getString("_UI_Partnership_finish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Partnership_finish_feature", "_UI_Partnership_type"),
				 TandemPackage.Literals.PARTNERSHIP__FINISH,
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
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__REGIONS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__PHASES);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__ORGANIZATIONS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__PEOPLE);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__TASK_GROUPS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__ACTIVITIES);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__INDICATORS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__SCENARIOS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__AGREEMENTS);
			childrenFeatures.add(TandemPackage.Literals.PARTNERSHIP__GLOSSARY);
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
	 * This returns Partnership.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Partnership"));
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
		return Labels.of(((Partnership)object).getName(), getString("_UI_Partnership_type"));
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

		switch (notification.getFeatureID(Partnership.class)) {
			case TandemPackage.PARTNERSHIP__NAME:
			case TandemPackage.PARTNERSHIP__DESCRIPTION:
			case TandemPackage.PARTNERSHIP__START:
			case TandemPackage.PARTNERSHIP__FINISH:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TandemPackage.PARTNERSHIP__REGIONS:
			case TandemPackage.PARTNERSHIP__PHASES:
			case TandemPackage.PARTNERSHIP__ORGANIZATIONS:
			case TandemPackage.PARTNERSHIP__PEOPLE:
			case TandemPackage.PARTNERSHIP__TASK_GROUPS:
			case TandemPackage.PARTNERSHIP__ACTIVITIES:
			case TandemPackage.PARTNERSHIP__INDICATORS:
			case TandemPackage.PARTNERSHIP__SCENARIOS:
			case TandemPackage.PARTNERSHIP__AGREEMENTS:
			case TandemPackage.PARTNERSHIP__GLOSSARY:
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
				(TandemPackage.Literals.PARTNERSHIP__REGIONS,
				 TandemFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__PHASES,
				 TandemFactory.eINSTANCE.createPhase()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__ORGANIZATIONS,
				 TandemFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__PEOPLE,
				 TandemFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__TASK_GROUPS,
				 TandemFactory.eINSTANCE.createTaskGroup()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__ACTIVITIES,
				 TandemFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__INDICATORS,
				 TandemFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__SCENARIOS,
				 TandemFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__AGREEMENTS,
				 TandemFactory.eINSTANCE.createAgreement()));

		newChildDescriptors.add
			(createChildParameter
				(TandemPackage.Literals.PARTNERSHIP__GLOSSARY,
				 TandemFactory.eINSTANCE.createGlossaryTerm()));
	}

}
