/**
 */
package org.tandem.model.spi;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tandem.model.api.Indicator;
import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Measurement;
import org.tandem.model.api.Region;
import org.tandem.model.api.TandemPackage;
import org.tandem.model.api.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.tandem.model.spi.IndicatorImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends IdentifiedImpl implements Indicator {
	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText name;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected static final double TREND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected double trend = TREND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BASELINE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected int baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected double baselineValue = BASELINE_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetName(LocalizedText newName, NotificationChain msgs) {
		LocalizedText oldName = name;
		name = newName;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__NAME, oldName, newName);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(LocalizedText newName) {
		if (newName != name) {
			NotificationChain msgs = null;
			if (name != null)
				msgs = ((InternalEObject)name).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.INDICATOR__NAME, null, msgs);
			if (newName != null)
				msgs = ((InternalEObject)newName).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.INDICATOR__NAME, null, msgs);
			msgs = basicSetName(newName, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__NAME, newName, newName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrend() {
		return trend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrend(double newTrend) {
		double oldTrend = trend;
		trend = newTrend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__TREND, oldTrend, trend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion() {
		if (region != null && region.eIsProxy()) {
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Region)eResolveProxy(oldRegion);
			if (region != oldRegion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TandemPackage.INDICATOR__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion) {
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaselineYear() {
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(int newBaselineYear) {
		int oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaselineValue() {
		return baselineValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineValue(double newBaselineValue) {
		double oldBaselineValue = baselineValue;
		baselineValue = newBaselineValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.INDICATOR__BASELINE_VALUE, oldBaselineValue, baselineValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, TandemPackage.INDICATOR__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, TandemPackage.INDICATOR__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.INDICATOR__NAME:
				return basicSetName(null, msgs);
			case TandemPackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case TandemPackage.INDICATOR__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TandemPackage.INDICATOR__NAME:
				return getName();
			case TandemPackage.INDICATOR__UNIT:
				return getUnit();
			case TandemPackage.INDICATOR__METHOD:
				return getMethod();
			case TandemPackage.INDICATOR__SOURCE:
				return getSource();
			case TandemPackage.INDICATOR__TREND:
				return getTrend();
			case TandemPackage.INDICATOR__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case TandemPackage.INDICATOR__BASELINE_YEAR:
				return getBaselineYear();
			case TandemPackage.INDICATOR__BASELINE_VALUE:
				return getBaselineValue();
			case TandemPackage.INDICATOR__TARGETS:
				return getTargets();
			case TandemPackage.INDICATOR__MEASUREMENTS:
				return getMeasurements();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TandemPackage.INDICATOR__NAME:
				setName((LocalizedText)newValue);
				return;
			case TandemPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case TandemPackage.INDICATOR__METHOD:
				setMethod((String)newValue);
				return;
			case TandemPackage.INDICATOR__SOURCE:
				setSource((String)newValue);
				return;
			case TandemPackage.INDICATOR__TREND:
				setTrend((Double)newValue);
				return;
			case TandemPackage.INDICATOR__REGION:
				setRegion((Region)newValue);
				return;
			case TandemPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case TandemPackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue((Double)newValue);
				return;
			case TandemPackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case TandemPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case TandemPackage.INDICATOR__NAME:
				setName((LocalizedText)null);
				return;
			case TandemPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__TREND:
				setTrend(TREND_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__REGION:
				setRegion((Region)null);
				return;
			case TandemPackage.INDICATOR__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__BASELINE_VALUE:
				setBaselineValue(BASELINE_VALUE_EDEFAULT);
				return;
			case TandemPackage.INDICATOR__TARGETS:
				getTargets().clear();
				return;
			case TandemPackage.INDICATOR__MEASUREMENTS:
				getMeasurements().clear();
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
			case TandemPackage.INDICATOR__NAME:
				return name != null;
			case TandemPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TandemPackage.INDICATOR__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case TandemPackage.INDICATOR__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case TandemPackage.INDICATOR__TREND:
				return trend != TREND_EDEFAULT;
			case TandemPackage.INDICATOR__REGION:
				return region != null;
			case TandemPackage.INDICATOR__BASELINE_YEAR:
				return baselineYear != BASELINE_YEAR_EDEFAULT;
			case TandemPackage.INDICATOR__BASELINE_VALUE:
				return baselineValue != BASELINE_VALUE_EDEFAULT;
			case TandemPackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
			case TandemPackage.INDICATOR__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
		result.append(" (unit: ");
		result.append(unit);
		result.append(", method: ");
		result.append(method);
		result.append(", source: ");
		result.append(source);
		result.append(", trend: ");
		result.append(trend);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", baselineValue: ");
		result.append(baselineValue);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
