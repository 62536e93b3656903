/**
 */
package org.tandem.model.spi;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tandem.model.api.Measure;
import org.tandem.model.api.ScenarioMeasure;
import org.tandem.model.api.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario Measure</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.ScenarioMeasureImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.tandem.model.spi.ScenarioMeasureImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.tandem.model.spi.ScenarioMeasureImpl#getRampUpYears <em>Ramp Up Years</em>}</li>
 *   <li>{@link org.tandem.model.spi.ScenarioMeasureImpl#getAdoption <em>Adoption</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioMeasureImpl extends IdentifiedImpl implements ScenarioMeasure {
	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected Measure measure;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRampUpYears() <em>Ramp Up Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampUpYears()
	 * @generated
	 * @ordered
	 */
	protected static final int RAMP_UP_YEARS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRampUpYears() <em>Ramp Up Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampUpYears()
	 * @generated
	 * @ordered
	 */
	protected int rampUpYears = RAMP_UP_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdoption() <em>Adoption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoption()
	 * @generated
	 * @ordered
	 */
	protected static final double ADOPTION_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getAdoption() <em>Adoption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdoption()
	 * @generated
	 * @ordered
	 */
	protected double adoption = ADOPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioMeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.SCENARIO_MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure getMeasure() {
		if (measure != null && measure.eIsProxy()) {
			InternalEObject oldMeasure = (InternalEObject)measure;
			measure = (Measure)eResolveProxy(oldMeasure);
			if (measure != oldMeasure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.SCENARIO_MEASURE__MEASURE, oldMeasure, measure));
			}
		}
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Measure basicGetMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(Measure newMeasure) {
		Measure oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SCENARIO_MEASURE__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SCENARIO_MEASURE__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRampUpYears() {
		return rampUpYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRampUpYears(int newRampUpYears) {
		int oldRampUpYears = rampUpYears;
		rampUpYears = newRampUpYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SCENARIO_MEASURE__RAMP_UP_YEARS, oldRampUpYears, rampUpYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAdoption() {
		return adoption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdoption(double newAdoption) {
		double oldAdoption = adoption;
		adoption = newAdoption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.SCENARIO_MEASURE__ADOPTION, oldAdoption, adoption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.SCENARIO_MEASURE__MEASURE:
				if (resolve) return getMeasure();
				return basicGetMeasure();
			case TandemPackage.SCENARIO_MEASURE__START_YEAR:
				return getStartYear();
			case TandemPackage.SCENARIO_MEASURE__RAMP_UP_YEARS:
				return getRampUpYears();
			case TandemPackage.SCENARIO_MEASURE__ADOPTION:
				return getAdoption();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.SCENARIO_MEASURE__MEASURE:
				setMeasure((Measure)newValue);
				return;
			case TandemPackage.SCENARIO_MEASURE__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case TandemPackage.SCENARIO_MEASURE__RAMP_UP_YEARS:
				setRampUpYears((Integer)newValue);
				return;
			case TandemPackage.SCENARIO_MEASURE__ADOPTION:
				setAdoption((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TandemPackage.SCENARIO_MEASURE__MEASURE:
				setMeasure((Measure)null);
				return;
			case TandemPackage.SCENARIO_MEASURE__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case TandemPackage.SCENARIO_MEASURE__RAMP_UP_YEARS:
				setRampUpYears(RAMP_UP_YEARS_EDEFAULT);
				return;
			case TandemPackage.SCENARIO_MEASURE__ADOPTION:
				setAdoption(ADOPTION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TandemPackage.SCENARIO_MEASURE__MEASURE:
				return measure != null;
			case TandemPackage.SCENARIO_MEASURE__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case TandemPackage.SCENARIO_MEASURE__RAMP_UP_YEARS:
				return rampUpYears != RAMP_UP_YEARS_EDEFAULT;
			case TandemPackage.SCENARIO_MEASURE__ADOPTION:
				return adoption != ADOPTION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (startYear: ");
		result.append(startYear);
		result.append(", rampUpYears: ");
		result.append(rampUpYears);
		result.append(", adoption: ");
		result.append(adoption);
		result.append(')');
		return result.toString();
	}

} //ScenarioMeasureImpl
