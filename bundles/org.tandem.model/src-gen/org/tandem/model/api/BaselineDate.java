/**
 */
package org.tandem.model.api;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline Date</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The dates of a plan item in a baseline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.api.BaselineDate#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.tandem.model.api.BaselineDate#getStart <em>Start</em>}</li>
 *   <li>{@link org.tandem.model.api.BaselineDate#getFinish <em>Finish</em>}</li>
 * </ul>
 *
 * @see org.tandem.model.api.TandemPackage#getBaselineDate()
 * @model
 * @generated
 */
public interface BaselineDate extends Identified {
	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Baseline)
	 * @see org.tandem.model.api.TandemPackage#getBaselineDate_Baseline()
	 * @model
	 * @generated
	 */
	Baseline getBaseline();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BaselineDate#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Baseline value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start then agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getBaselineDate_Start()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BaselineDate#getStart <em>Start</em>}' attribute.
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
	 * Finish then agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.tandem.model.api.TandemPackage#getBaselineDate_Finish()
	 * @model dataType="org.tandem.model.api.Date"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.tandem.model.api.BaselineDate#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

} // BaselineDate
