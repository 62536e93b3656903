/**
 */
package org.tandem.model.api;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of measures with their start, ramp-up and adoption, under which the indicators are projected year by year; without measures it is the reference scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.api.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.tandem.model.api.Scenario#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getScenario_Name()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Scenario#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it assumes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see org.tandem.model.api.TandemPackage#getScenario_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.Scenario#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.tandem.model.api.ScenarioMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measures it takes, with when and how far.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.tandem.model.api.TandemPackage#getScenario_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioMeasure> getMeasures();

} // Scenario
