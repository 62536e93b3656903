/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Package</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of plan items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.WorkPackage#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getWorkPackage()
 * @model
 * @generated
 */
public interface WorkPackage extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.PlanItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getWorkPackage_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanItem> getChildren();

} // WorkPackage
