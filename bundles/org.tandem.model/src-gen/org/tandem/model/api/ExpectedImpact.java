/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expected Impact</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The expected effect of a measure on an indicator in a year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.ExpectedImpact#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.tandem.model.api.ExpectedImpact#getValue <em>Value</em>}</li>
 *   <li>{@link org.tandem.model.api.ExpectedImpact#getYear <em>Year</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getExpectedImpact()
 * @model
 * @generated
 */
public interface ExpectedImpact extends Identified {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.tandem.model.api.TandemPackage#getExpectedImpact_Indicator()
	 * @model
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ExpectedImpact#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The expected value, in the indicator's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.tandem.model.api.TandemPackage#getExpectedImpact_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ExpectedImpact#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.tandem.model.api.TandemPackage#getExpectedImpact_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ExpectedImpact#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

} // ExpectedImpact
