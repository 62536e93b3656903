/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured quantity, with its unit and method.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Indicator#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getMethod <em>Method</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getSource <em>Source</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getRegion <em>Region</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.tandem.model.api.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit, such as MWh, t CO2e or m3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The method, such as BISKO, CEADs, statistical yearbook or measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where its figures come from, such as a statistical yearbook or a climate report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The change per year without new measures (business as usual), in percent of the year before; -1.5 means 1.5 % less each year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trend</em>' attribute.
	 * @see #setTrend(double)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Trend()
	 * @model
	 * @generated
	 */
	double getTrend();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getTrend <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trend</em>' attribute.
	 * @see #getTrend()
	 * @generated
	 */
	void setTrend(double value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the baseline value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(int)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_BaselineYear()
	 * @model
	 * @generated
	 */
	int getBaselineYear();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(int value);

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(double)
	 * @see org.tandem.model.api.TandemPackage#getIndicator_BaselineValue()
	 * @model
	 * @generated
	 */
	double getBaselineValue();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Indicator#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(double value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
