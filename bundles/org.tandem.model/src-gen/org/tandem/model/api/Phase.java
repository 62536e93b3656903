/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Phase</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phase of the partnership.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Phase#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Phase#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.api.Phase#getFinish <em>Finish</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getPhase()
 * @model
 * @generated
 */
public interface Phase extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getPhase_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Phase#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getPhase_Start()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Phase#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getPhase_Finish()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Phase#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

} // Phase
