/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point in time at which something is due.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Milestone#getPlanned <em>Planned</em>}</li>
 *   <li>{@link org.tandem.model.api.Milestone#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tandem.model.api.Milestone#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tandem.model.api.Milestone#getDeliverable <em>Deliverable</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned</em>' attribute.
	 * @see #setPlanned(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getMilestone_Planned()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getPlanned();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Milestone#getPlanned <em>Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned</em>' attribute.
	 * @see #getPlanned()
	 * @generated
	 */
	void setPlanned(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getMilestone_Actual()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getActual();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Milestone#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.MilestoneStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it is open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.tandem.model.api.MilestoneStatus
	 * @see #setStatus(MilestoneStatus)
	 * @see org.tandem.model.api.TandemPackage#getMilestone_Status()
	 * @model
	 * @generated
	 */
	MilestoneStatus getStatus();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Milestone#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.tandem.model.api.MilestoneStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MilestoneStatus value);

	/**
	 * Returns the value of the '<em><b>Deliverable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deliverable</em>' containment reference.
	 * @see #setDeliverable(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getMilestone_Deliverable()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDeliverable();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Milestone#getDeliverable <em>Deliverable</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliverable</em>' containment reference.
	 * @see #getDeliverable()
	 * @generated
	 */
	void setDeliverable(LocalizedText value);

} // Milestone
