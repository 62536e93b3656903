/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Item</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A work package, task or milestone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.PlanItem#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.PlanItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.api.PlanItem#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.tandem.model.api.PlanItem#getBaselineDates <em>Baseline Dates</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getPlanItem()
 * @model abstract="true"
 * @generated
 */
public interface PlanItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPlanItem_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.PlanItem#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPlanItem_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.PlanItem#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is responsible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Person)
	 * @see org.tandem.model.api.TandemPackage#getPlanItem_Responsible()
	 * @model
	 * @generated
	 */
	Person getResponsible();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.PlanItem#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Person value);

	/**
	 * Returns the value of the '<em><b>Baseline Dates</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.BaselineDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its dates as agreed in baselines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Dates</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getPlanItem_BaselineDates()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaselineDate> getBaselineDates();

} // PlanItem
