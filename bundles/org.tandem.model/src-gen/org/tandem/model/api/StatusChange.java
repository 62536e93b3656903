/**
 */
package org.tandem.model.api;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change of a concept's status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.StatusChange#getFrom <em>From</em>}</li>
 *   <li>{@link org.tandem.model.api.StatusChange#getTo <em>To</em>}</li>
 *   <li>{@link org.tandem.model.api.StatusChange#getBy <em>By</em>}</li>
 *   <li>{@link org.tandem.model.api.StatusChange#getAt <em>At</em>}</li>
 *   <li>{@link org.tandem.model.api.StatusChange#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends Identified {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.ConceptStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status before.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #setFrom(ConceptStatus)
	 * @see org.tandem.model.api.TandemPackage#getStatusChange_From()
	 * @model
	 * @generated
	 */
	ConceptStatus getFrom();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.StatusChange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(ConceptStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.ConceptStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status after.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #setTo(ConceptStatus)
	 * @see org.tandem.model.api.TandemPackage#getStatusChange_To()
	 * @model
	 * @generated
	 */
	ConceptStatus getTo();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.StatusChange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.tandem.model.api.ConceptStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(ConceptStatus value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who changed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' reference.
	 * @see #setBy(Person)
	 * @see org.tandem.model.api.TandemPackage#getStatusChange_By()
	 * @model
	 * @generated
	 */
	Person getBy();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.StatusChange#getBy <em>By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' reference.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(Person value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.tandem.model.api.TandemPackage#getStatusChange_At()
	 * @model dataType="org.tandem.model.api.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.StatusChange#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.tandem.model.api.TandemPackage#getStatusChange_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.StatusChange#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // StatusChange
