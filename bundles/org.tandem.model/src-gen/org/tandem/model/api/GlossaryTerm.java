/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Glossary Term</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A term and its definition, in every language.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.GlossaryTerm#getTerm <em>Term</em>}</li>
 *   <li>{@link org.tandem.model.api.GlossaryTerm#getDefinition <em>Definition</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getGlossaryTerm()
 * @model
 * @generated
 */
public interface GlossaryTerm extends Identified {
	/**
	 * Returns the value of the '<em><b>Term</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The term.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Term</em>' containment reference.
	 * @see #setTerm(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getGlossaryTerm_Term()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getTerm();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.GlossaryTerm#getTerm <em>Term</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' containment reference.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition</em>' containment reference.
	 * @see #setDefinition(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getGlossaryTerm_Definition()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDefinition();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.GlossaryTerm#getDefinition <em>Definition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' containment reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(LocalizedText value);

} // GlossaryTerm
