/**
 */
package org.tandem.model.spi;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tandem.model.api.LocalizedText;
import org.tandem.model.api.Milestone;
import org.tandem.model.api.MilestoneStatus;
import org.tandem.model.api.TandemPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Milestone</b></em>'.
 * @since 0.1
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tandem.model.spi.MilestoneImpl#getPlanned <em>Planned</em>}</li>
 *   <li>{@link org.tandem.model.spi.MilestoneImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tandem.model.spi.MilestoneImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tandem.model.spi.MilestoneImpl#getDeliverable <em>Deliverable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilestoneImpl extends PlanItemImpl implements Milestone {
	/**
	 * The default value of the '{@link #getPlanned() <em>Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanned()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanned() <em>Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanned()
	 * @generated
	 * @ordered
	 */
	protected LocalDate planned = PLANNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actual = ACTUAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MilestoneStatus STATUS_EDEFAULT = MilestoneStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MilestoneStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeliverable() <em>Deliverable</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverable()
	 * @generated
	 * @ordered
	 */
	protected LocalizedText deliverable;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TandemPackage.Literals.MILESTONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlanned() {
		return planned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanned(LocalDate newPlanned) {
		LocalDate oldPlanned = planned;
		planned = newPlanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MILESTONE__PLANNED, oldPlanned, planned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(LocalDate newActual) {
		LocalDate oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MILESTONE__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MilestoneStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MilestoneStatus newStatus) {
		MilestoneStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MILESTONE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizedText getDeliverable() {
		return deliverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeliverable(LocalizedText newDeliverable, NotificationChain msgs) {
		LocalizedText oldDeliverable = deliverable;
		deliverable = newDeliverable;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TandemPackage.MILESTONE__DELIVERABLE, oldDeliverable, newDeliverable);
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
	public void setDeliverable(LocalizedText newDeliverable) {
		if (newDeliverable != deliverable) {
			NotificationChain msgs = null;
			if (deliverable != null)
				msgs = ((InternalEObject)deliverable).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TandemPackage.MILESTONE__DELIVERABLE, null, msgs);
			if (newDeliverable != null)
				msgs = ((InternalEObject)newDeliverable).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TandemPackage.MILESTONE__DELIVERABLE, null, msgs);
			msgs = basicSetDeliverable(newDeliverable, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TandemPackage.MILESTONE__DELIVERABLE, newDeliverable, newDeliverable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TandemPackage.MILESTONE__DELIVERABLE:
				return basicSetDeliverable(null, msgs);
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
			case TandemPackage.MILESTONE__PLANNED:
				return getPlanned();
			case TandemPackage.MILESTONE__ACTUAL:
				return getActual();
			case TandemPackage.MILESTONE__STATUS:
				return getStatus();
			case TandemPackage.MILESTONE__DELIVERABLE:
				return getDeliverable();
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
			case TandemPackage.MILESTONE__PLANNED:
				setPlanned((LocalDate)newValue);
				return;
			case TandemPackage.MILESTONE__ACTUAL:
				setActual((LocalDate)newValue);
				return;
			case TandemPackage.MILESTONE__STATUS:
				setStatus((MilestoneStatus)newValue);
				return;
			case TandemPackage.MILESTONE__DELIVERABLE:
				setDeliverable((LocalizedText)newValue);
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
			case TandemPackage.MILESTONE__PLANNED:
				setPlanned(PLANNED_EDEFAULT);
				return;
			case TandemPackage.MILESTONE__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
			case TandemPackage.MILESTONE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TandemPackage.MILESTONE__DELIVERABLE:
				setDeliverable((LocalizedText)null);
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
			case TandemPackage.MILESTONE__PLANNED:
				return PLANNED_EDEFAULT == null ? planned != null : !PLANNED_EDEFAULT.equals(planned);
			case TandemPackage.MILESTONE__ACTUAL:
				return ACTUAL_EDEFAULT == null ? actual != null : !ACTUAL_EDEFAULT.equals(actual);
			case TandemPackage.MILESTONE__STATUS:
				return status != STATUS_EDEFAULT;
			case TandemPackage.MILESTONE__DELIVERABLE:
				return deliverable != null;
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
		result.append(" (planned: ");
		result.append(planned);
		result.append(", actual: ");
		result.append(actual);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MilestoneImpl
