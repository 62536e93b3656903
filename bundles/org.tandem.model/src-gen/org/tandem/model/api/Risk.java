/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A risk to the plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Risk#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.api.Risk#getMitigation <em>Mitigation</em>}</li>
 *   <li>{@link org.tandem.model.api.Risk#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.tandem.model.api.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.tandem.model.api.Risk#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getRisk_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Risk#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Mitigation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done about it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mitigation</em>' containment reference.
	 * @see #setMitigation(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getRisk_Mitigation()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getMitigation();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Risk#getMitigation <em>Mitigation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigation</em>' containment reference.
	 * @see #getMitigation()
	 * @generated
	 */
	void setMitigation(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How likely.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see org.tandem.model.api.RiskLevel
	 * @see #setProbability(RiskLevel)
	 * @see org.tandem.model.api.TandemPackage#getRisk_Probability()
	 * @model
	 * @generated
	 */
	RiskLevel getProbability();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Risk#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see org.tandem.model.api.RiskLevel
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tandem.model.api.RiskLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How bad.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see org.tandem.model.api.RiskLevel
	 * @see #setImpact(RiskLevel)
	 * @see org.tandem.model.api.TandemPackage#getRisk_Impact()
	 * @model
	 * @generated
	 */
	RiskLevel getImpact();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see org.tandem.model.api.RiskLevel
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(RiskLevel value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who watches it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.tandem.model.api.TandemPackage#getRisk_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Risk#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

} // Risk
