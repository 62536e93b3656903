/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A follow-up of an agreement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.FollowUp#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.api.FollowUp#getDue <em>Due</em>}</li>
 *   <li>{@link org.tandem.model.api.FollowUp#isDone <em>Done</em>}</li>
 *   <li>{@link org.tandem.model.api.FollowUp#getResponsible <em>Responsible</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getFollowUp()
 * @model
 * @generated
 */
public interface FollowUp extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What has to be done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getFollowUp_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.FollowUp#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By when.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getFollowUp_Due()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getDue();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.FollowUp#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether it is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.tandem.model.api.TandemPackage#getFollowUp_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.FollowUp#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who does it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Person)
	 * @see org.tandem.model.api.TandemPackage#getFollowUp_Responsible()
	 * @model
	 * @generated
	 */
	Person getResponsible();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.FollowUp#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Person value);

} // FollowUp
