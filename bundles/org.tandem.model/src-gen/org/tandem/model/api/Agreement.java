/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the partners agreed, with follow-ups.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Agreement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.tandem.model.api.Agreement#getText <em>Text</em>}</li>
 *   <li>{@link org.tandem.model.api.Agreement#getDate <em>Date</em>}</li>
 *   <li>{@link org.tandem.model.api.Agreement#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getAgreement_Title()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Agreement#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' containment reference.
	 * @see #setText(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getAgreement_Text()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getText();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Agreement#getText <em>Text</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' containment reference.
	 * @see #getText()
	 * @generated
	 */
	void setText(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getAgreement_Date()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Agreement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.FollowUp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What has to be done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getAgreement_FollowUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<FollowUp> getFollowUps();

} // Agreement
