/**
 */
package org.tandem.model.api;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario Measure</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure in a scenario: from which year, over how many years it ramps up to its full effect, and the share it is adopted to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.ScenarioMeasure#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.tandem.model.api.ScenarioMeasure#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.tandem.model.api.ScenarioMeasure#getRampUpYears <em>Ramp Up Years</em>}</li>
 *   <li>{@link org.tandem.model.api.ScenarioMeasure#getAdoption <em>Adoption</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getScenarioMeasure()
 * @model
 * @generated
 */
public interface ScenarioMeasure extends Identified {
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measure, in a concept of the partnership.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' reference.
	 * @see #setMeasure(Measure)
	 * @see org.tandem.model.api.TandemPackage#getScenarioMeasure_Measure()
	 * @model
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ScenarioMeasure#getMeasure <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first year in which it has an effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.tandem.model.api.TandemPackage#getScenarioMeasure_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ScenarioMeasure#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>Ramp Up Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Years until its full effect, growing evenly; 0 or 1 means full effect in the start year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ramp Up Years</em>' attribute.
	 * @see #setRampUpYears(int)
	 * @see org.tandem.model.api.TandemPackage#getScenarioMeasure_RampUpYears()
	 * @model
	 * @generated
	 */
	int getRampUpYears();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ScenarioMeasure#getRampUpYears <em>Ramp Up Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ramp Up Years</em>' attribute.
	 * @see #getRampUpYears()
	 * @generated
	 */
	void setRampUpYears(int value);

	/**
	 * Returns the value of the '<em><b>Adoption</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share adopted, from 0 to 1 (1 is the whole measure).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adoption</em>' attribute.
	 * @see #setAdoption(double)
	 * @see org.tandem.model.api.TandemPackage#getScenarioMeasure_Adoption()
	 * @model default="1.0"
	 * @generated
	 */
	double getAdoption();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.ScenarioMeasure#getAdoption <em>Adoption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adoption</em>' attribute.
	 * @see #getAdoption()
	 * @generated
	 */
	void setAdoption(double value);

} // ScenarioMeasure
